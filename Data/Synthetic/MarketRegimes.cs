namespace Backtest.Data.Synthetic;

/// <summary>
/// The stylised regime table behind the synthetic market: for each date range, the annual arithmetic drift of
/// the market, size (small minus large) and tech factors (fractions, e.g. 0.09 = 9% a year) and a multiplier on
/// the market's volatility. Dates outside every range get a calm default. Hand-written to follow the broad
/// story of 2000-2025 (tech bust, 2008-09, 2020 crash, 2022, AI boom, July 2024 rotation), with drifts chosen so
/// that calendar-year market returns roughly follow the S&amp;P 500's; not fitted to data. The factor noise is
/// re-centred within each regime (<see cref="FactorPath"/>), so a regime's drift is what it delivers, whatever the seed.
/// </summary>
internal static class MarketRegimes
{
    private static readonly Regime Calm = new(DateOnly.MinValue, DateOnly.MaxValue, 0.09, 1.0, -0.03, 0.02);

    private static readonly Regime[] Table =
    [
        R("2000-01-03", "2000-03-24", 0.05, 1.2, 0.10, 1.00),
        R("2000-03-27", "2000-12-29", -0.10, 1.3, 0.10, -0.60),
        R("2001-01-02", "2001-09-10", -0.18, 1.3, 0.12, -0.30),
        R("2001-09-17", "2001-12-31", 0.10, 1.6, 0.15, 0.20),
        R("2002-01-02", "2002-10-09", -0.30, 1.5, 0.0, -0.35),
        R("2002-10-10", "2002-12-31", 0.30, 1.4, 0.05, 0.30),
        R("2003-01-02", "2003-12-31", 0.26, 1.0, 0.15, 0.10),
        R("2004-01-02", "2007-10-09", 0.09, 0.7, 0.03, 0.0),
        R("2007-10-10", "2008-09-12", -0.15, 1.2, 0.0, 0.0),
        R("2008-09-15", "2009-03-09", -0.55, 2.0, -0.08, 0.0),
        R("2009-03-10", "2009-12-31", 0.40, 1.4, 0.10, 0.10),
        R("2010-01-04", "2011-07-21", 0.12, 1.0, 0.05, 0.03),
        R("2011-07-22", "2011-10-03", -0.70, 2.0, -0.10, 0.0),
        R("2011-10-04", "2012-12-31", 0.18, 0.85, -0.03, 0.08),
        R("2013-01-02", "2013-12-31", 0.28, 0.65, 0.04, 0.02),
        R("2014-01-02", "2015-12-31", 0.05, 0.75, -0.04, 0.06),
        R("2016-01-04", "2016-02-11", -0.60, 1.4, -0.10, 0.0),
        R("2016-02-12", "2016-12-30", 0.20, 0.85, 0.12, 0.0),
        R("2017-01-03", "2018-09-28", 0.17, 0.6, -0.03, 0.10),
        R("2018-10-01", "2018-12-24", -0.80, 1.5, -0.10, -0.10),
        R("2018-12-26", "2020-02-19", 0.28, 0.8, -0.06, 0.12),
        R("2020-02-20", "2020-03-23", -3.00, 4.0, -0.40, 0.10),
        R("2020-03-24", "2020-10-30", 0.50, 1.6, 0.0, 0.25),
        R("2020-11-02", "2021-03-15", 0.30, 1.1, 0.45, -0.05),
        R("2021-03-16", "2021-12-31", 0.25, 0.75, -0.10, 0.08),
        R("2022-01-03", "2022-10-12", -0.25, 1.35, -0.02, -0.20),
        R("2022-10-13", "2023-07-31", 0.22, 1.0, -0.08, 0.25),
        R("2023-08-01", "2023-10-27", -0.30, 0.9, -0.15, 0.0),
        R("2023-10-30", "2024-07-09", 0.30, 0.8, -0.06, 0.20),
        R("2024-07-10", "2024-07-31", 0.0, 1.2, 1.50, -0.60),
        R("2024-08-01", "2024-12-31", 0.15, 1.0, -0.02, 0.10),
        R("2025-02-20", "2025-04-08", -1.10, 2.2, -0.15, -0.20),
        R("2025-04-09", "2025-12-31", 0.35, 1.0, -0.02, 0.15),
    ];

    /// <summary>The regime in force on <paramref name="date"/>.</summary>
    public static Regime On(DateOnly date)
    {
        foreach (var r in Table)
        {
            if (date >= r.First && date <= r.Last)
            {
                return r;
            }
        }

        return Calm;
    }

    private static Regime R(string first, string last, double market, double vol, double size, double tech) =>
        new(DateOnly.ParseExact(first, "yyyy-MM-dd"), DateOnly.ParseExact(last, "yyyy-MM-dd"), market, vol, size, tech);

    /// <summary>One regime: annual arithmetic drifts (fractions) and the market volatility multiplier.</summary>
    internal readonly record struct Regime(DateOnly First, DateOnly Last, double MarketDrift, double VolMultiplier, double SizeDrift, double TechDrift);
}
