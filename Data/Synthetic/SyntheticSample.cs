using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Lean;

namespace Backtest.Data.Synthetic;

/// <summary>
/// Writes SYNTHETIC market data in LEAN's folder layout: the embedded sample (eleven ETFs and stocks, rates) and
/// the scaling data set of workload W3. Every folder written carries a <c>SYNTHETIC</c> marker file that loaders
/// turn into SourceInfo.IsSynthetic. Same arguments give byte-identical files. Not thread-safe per folder.
/// </summary>
public static class SyntheticSample
{
    /// <summary>The seed of the committed Data/sample.</summary>
    public const int DefaultSeed = 20260122;

    /// <summary>Writes the full sample for 2000-01-03..2025-12-31 into <paramref name="folder"/> (created if needed).</summary>
    public static void Write(string folder, int seed)
    {
        var market = SyntheticMarketGenerator.Generate(new SyntheticMarketOptions { Seed = seed });
        WriteMarket(folder, market);
        FredCsvWriter.Write(Path.Combine(folder, "alternative", "fred", "dff.csv"), "DFF", market.FedFunds.Select(p => (p.Date, (double?)p.Percent)).ToList());
        FredCsvWriter.Write(Path.Combine(folder, "alternative", "fred", "dgs2.csv"), "DGS2", market.TwoYear);
        WriteMarker(folder, seed, "the embedded sample");
        LeanFolderWriter.WriteText(Path.Combine(folder, "README.md"), SampleReadme.Text(seed, SyntheticMarketGenerator.Version));
    }

    /// <summary>
    /// Writes the W3 scaling data set: <paramref name="symbolCount"/> tickers SYN0001.. over <paramref name="years"/>
    /// years from <paramref name="firstDate"/>, no splits or dividends, plus calendar, risk-free rate and marker.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Count or years below 1, or the range leaves year 9998.</exception>
    public static void WriteScaling(string folder, int seed, int symbolCount, int years, DateOnly firstDate)
    {
        var market = SyntheticMarketGenerator.GenerateScaling(seed, symbolCount, years, firstDate);
        WriteMarket(folder, market);
        WriteMarker(folder, seed, $"the scaling set ({symbolCount} symbols x {years} years)");
    }

    private static void WriteMarket(string folder, SyntheticMarket market)
    {
        foreach (var s in market.Series)
        {
            LeanFolderWriter.WriteDailyBars(folder, s.Ticker, s.Bars);
            LeanFolderWriter.WriteFactorFile(folder, s.Ticker, s.FactorRows);
            // Synthetic securities trade on no real exchange, so their map files carry no exchange code.
            LeanFolderWriter.WriteMapFile(folder, s.Ticker, [new(s.Listing, s.Ticker, string.Empty), new(LeanFolderWriter.EndOfTime, s.Ticker, string.Empty)]);
        }

        LeanFolderWriter.WriteInterestRate(folder, market.PolicyChanges);
        MarketHoursDatabaseWriter.Write(Path.Combine(folder, "market-hours", "market-hours-database.json"), market.Calendar);
    }

    private static void WriteMarker(string folder, int seed, string what) =>
        LeanFolderWriter.WriteText(
            Path.Combine(folder, "SYNTHETIC"),
            string.Create(CultureInfo.InvariantCulture, $"SYNTHETIC data ({what}), generator version {SyntheticMarketGenerator.Version}, seed {seed}: not real market prices.\n"));
}
