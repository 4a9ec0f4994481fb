using System.Globalization;

namespace Backtest.Data.Synthetic;

/// <summary>The README.md written beside the embedded sample; generated so that it can never disagree with the data.</summary>
internal static class SampleReadme
{
    public static string Text(int seed, string version) => string.Create(CultureInfo.InvariantCulture, $$"""
        # Embedded sample data: SYNTHETIC

        **Every price, volume, dividend and rate in this folder is SYNTHETIC.** It was produced by
        `Backtest.Data.Synthetic.SyntheticSample.Write(folder, {{seed}})` (generator version {{version}}, seed {{seed}}),
        not copied from any vendor. Everything computed from it (backtests, tear sheets, sweeps) must be
        labelled synthetic; loaders see the `SYNTHETIC` marker file and set `SourceInfo.IsSynthetic`.
        Regenerate with `backtest data generate --seed {{seed}} --out <folder>`; a test checks that this folder
        equals a fresh generation (set `BACKTEST_REGENERATE_SAMPLE=1` to rewrite it instead).

        ## What it models
        * Trading days 2000-01-03..2025-12-31 from the NYSE holiday and early-close rules.
        * Daily RAW bars (LEAN layout: `equity/usa/daily/<ticker>.zip`, deci-cent prices, factor and map files) for
          AAPL AMZN GOOGL IJR IWM META MSFT NVDA QQQ SPY TSLA with their real listing dates (IWM and IJR 2000-05-26,
          GOOGL 2004-08-19, TSLA 2010-06-29, META 2012-05-18) and real split dates and ratios.
        * Returns: a market factor with GARCH(1,1) volatility clustering and Student-t shocks, a size factor (small
          minus large) that leads in easing cycles and early recoveries and when rate cuts are priced, and a tech factor
          (bust 2000-02, leadership 2010-21 and 2023-25); hand-written regimes for 2000-02, 2008-09, 2011, 2018, 2020,
          2022, July 2024 and spring 2025. Stocks = beta x market + size and tech loadings + Student-t noise.
          Prices are whole cents. A constant drift is added to each path so that it ends near the real raw close of
          late 2025 (start levels are near the real ones of 2000 or the listing day). Factor noise is re-centred
          within each regime, so every regime delivers its hand-set drift whatever the seed and calendar years
          roughly follow the index story; day-to-day paths are random and match no real day.
        * IJR bars before 2005-01-03 carry open = high = low = close, mimicking real exports in which only IJR's
          closes go back that far.
        * Quarterly cash dividends (SPY, QQQ, IWM, IJR; AAPL from 2012-08; MSFT from 2003-02), amounts in cents;
          factor files computed as LEAN computes them (price factor 7 decimals, split factor 9 significant digits).
        * Rates in percent: `alternative/interest-rate/usa/interest-rate.csv` = a stylised fed funds target at its
          change points (the risk-free rate); `alternative/fred/dff.csv` = effective fed funds, every calendar day;
          `alternative/fred/dgs2.csv` = a 2-year yield that prices the policy path a year ahead (weekdays, blank on
          exchange holidays, used here in place of the bond-market calendar).
        * `market-hours/market-hours-database.json` = the rule-based calendar in LEAN's format.
        """) + "\n";
}
