using Backtest.Data.Calendar;

namespace Backtest.Data.Synthetic;

/// <summary>
/// Generates the synthetic market: a regime model with a GARCH(1,1) market factor, size and tech factors,
/// Student-t idiosyncratic noise, corporate actions and a stylised rate path. Pure function of its options.
/// Random numbers come from our own xoshiro256** streams; the transforms use Math.Log/Exp/Sin/Cos, which .NET
/// takes from the platform's C library, so a different OS could in principle move a price by a cent.
/// </summary>
internal static class SyntheticMarketGenerator
{
    /// <summary>Bumped whenever the same seed would produce different bytes.</summary>
    public const string Version = "1";

    /// <exception cref="ArgumentException">A ticker is unknown or the date range is empty.</exception>
    public static SyntheticMarket Generate(SyntheticMarketOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tickers = (options.Symbols ?? SymbolProfiles.DefaultTickers).Order(StringComparer.Ordinal).ToList();
        // End prices are levels for 2025-12-31; any other end date leaves the paths free.
        var bridged = options.LastDate == new SyntheticMarketOptions().LastDate;
        var profiles = tickers.ConvertAll(t => bridged ? SymbolProfiles.For(t) : SymbolProfiles.For(t) with { EndPrice = double.NaN });
        return Generate(options.Seed, options.FirstDate, options.LastDate, profiles, withRates: true);
    }

    /// <summary>
    /// The scaling market for workload W3: <paramref name="count"/> tickers SYN0001.. listed on the first trading day
    /// on or after <paramref name="first"/>, <paramref name="years"/> calendar years long, no splits or dividends.
    /// </summary>
    public static SyntheticMarket GenerateScaling(long seed, int count, int years, DateOnly first)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var rng = Xoshiro256StarStar.ForStream(seed, "scaling:profiles");
        var profiles = new List<SymbolProfile>(count);
        for (var i = 1; i <= count; i++)
        {
            profiles.Add(SymbolProfiles.Scaling(i, first, rng));
        }

        return Generate(seed, first, first.AddYears(years).AddDays(-1), profiles, withRates: false);
    }

    private static SyntheticMarket Generate(long seed, DateOnly first, DateOnly last, List<SymbolProfile> profiles, bool withRates)
    {
        if (last < first)
        {
            throw new ArgumentException($"The last date {last:yyyy-MM-dd} is before the first {first:yyyy-MM-dd}.", nameof(last));
        }

        var calendar = UsEquityCalendarRules.Build(first.Year, last.Year);
        var days = calendar.TradingDays(first, last).ToList();
        var factors = FactorPath.Generate(days, seed);
        var series = profiles.ConvertAll(p => SeriesBuilder.Build(p, days, factors, calendar, seed));
        var policy = RatePath.ChangePoints(first, last);
        if (!withRates)
        {
            return new SyntheticMarket(calendar, days, series, policy, [], []);
        }

        var fedFunds = RatePath.DailyFedFunds(first, last, Xoshiro256StarStar.ForStream(seed, "rates:dff"));
        var twoYear = RatePath.TwoYearYield(first, last, calendar.Holidays.Contains, Xoshiro256StarStar.ForStream(seed, "rates:dgs2"));
        return new SyntheticMarket(calendar, days, series, policy, fedFunds, twoYear);
    }
}
