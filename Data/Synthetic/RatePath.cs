namespace Backtest.Data.Synthetic;

/// <summary>
/// The stylised US policy-rate path (fed funds target, percent) and the series derived from it: a daily
/// effective fed funds rate (DFF-like, every calendar day) and a 2-year Treasury yield (DGS2-like) that prices
/// the expected policy path a year ahead, so it falls below fed funds before cutting cycles.
/// Step dates and levels follow the broad shape of 2000-2025 (6.5% -> 1% -> 5.25% -> ~0.1% -> 2.4% -> ~0.1% ->
/// 5.4% -> 3.6%); levels inside the zero-to-quarter ranges use the midpoint.
/// </summary>
internal static class RatePath
{
    private static readonly (DateOnly Date, double Percent)[] Steps = BuildSteps();

    /// <summary>The target rate in force on <paramref name="date"/>, percent (the first step applies before it).</summary>
    public static double TargetOn(DateOnly date)
    {
        var value = Steps[0].Percent;
        foreach (var (d, p) in Steps)
        {
            if (d > date)
            {
                break;
            }

            value = p;
        }

        return value;
    }

    /// <summary>Target change points from <paramref name="first"/> to <paramref name="last"/>; the first row carries the level in force on <paramref name="first"/>.</summary>
    public static IReadOnlyList<(DateOnly Date, double Percent)> ChangePoints(DateOnly first, DateOnly last)
    {
        var list = new List<(DateOnly, double)> { (first, TargetOn(first)) };
        foreach (var (d, p) in Steps)
        {
            if (d > first && d <= last)
            {
                list.Add((d, p));
            }
        }

        return list;
    }

    /// <summary>Effective fed funds for every calendar day, percent with 2 decimals: target plus small day-to-day noise.</summary>
    public static IReadOnlyList<(DateOnly Date, double Percent)> DailyFedFunds(DateOnly first, DateOnly last, Xoshiro256StarStar rng)
    {
        var list = new List<(DateOnly, double)>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var target = TargetOn(d);
            var noise = 0.02 * rng.NextGaussian() * Math.Min(1.0, 0.2 + (target / 2.0));
            list.Add((d, Math.Max(0.04, Math.Round(target - 0.02 + noise, 2, MidpointRounding.AwayFromZero))));
        }

        return list;
    }

    /// <summary>
    /// The 2-year yield for every weekday, percent with 2 decimals, null on the holidays given (FRED leaves them blank):
    /// 0.7 x the average target over the next 365 days + 0.3 x today's target + 0.25 term premium + AR(1) noise.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, double? Percent)> TwoYearYield(DateOnly first, DateOnly last, Func<DateOnly, bool> isHoliday, Xoshiro256StarStar rng)
    {
        var list = new List<(DateOnly, double?)>();
        var noise = 0.0;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            noise = (0.985 * noise) + (0.03 * rng.NextGaussian());
            if (isHoliday(d))
            {
                list.Add((d, null));
                continue;
            }

            var value = (0.7 * ForwardAverage(d)) + (0.3 * TargetOn(d)) + 0.25 + noise;
            list.Add((d, Math.Max(0.05, Math.Round(value, 2, MidpointRounding.AwayFromZero))));
        }

        return list;
    }

    /// <summary>Average target over the next 365 days (weekly samples), percent.</summary>
    internal static double ForwardAverage(DateOnly date)
    {
        var sum = 0.0;
        for (var i = 0; i < 365; i += 7)
        {
            sum += TargetOn(date.AddDays(i));
        }

        return sum / 53.0;
    }

    private static (DateOnly, double)[] BuildSteps()
    {
        var steps = new List<(DateOnly, double)>();
        void Add(string date, double pct) => steps.Add((DateOnly.ParseExact(date, "yyyy-MM-dd"), pct));
        Add("1999-11-16", 5.50); Add("2000-02-02", 5.75); Add("2000-03-21", 6.00); Add("2000-05-16", 6.50);
        Add("2001-01-03", 6.00); Add("2001-01-31", 5.50); Add("2001-03-20", 5.00); Add("2001-04-18", 4.50);
        Add("2001-05-15", 4.00); Add("2001-06-27", 3.75); Add("2001-08-21", 3.50); Add("2001-09-17", 3.00);
        Add("2001-10-02", 2.50); Add("2001-11-06", 2.00); Add("2001-12-11", 1.75); Add("2002-11-06", 1.25);
        Add("2003-06-25", 1.00);
        // Seventeen quarter-point hikes, one every ~six weeks, from mid-2004 to mid-2006.
        var hike = new DateOnly(2004, 6, 30);
        for (var i = 1; i <= 17; i++)
        {
            steps.Add((hike, 1.00 + (0.25 * i)));
            hike = hike.AddDays(i == 16 ? 50 : 45);
        }

        Add("2007-09-18", 4.75); Add("2007-10-31", 4.50); Add("2007-12-11", 4.25); Add("2008-01-22", 3.50);
        Add("2008-01-30", 3.00); Add("2008-03-18", 2.25); Add("2008-04-30", 2.00); Add("2008-10-08", 1.50);
        Add("2008-10-29", 1.00); Add("2008-12-16", 0.125); Add("2015-12-16", 0.375); Add("2016-12-14", 0.625);
        Add("2017-03-15", 0.875); Add("2017-06-14", 1.125); Add("2017-12-13", 1.375); Add("2018-03-21", 1.625);
        Add("2018-06-13", 1.875); Add("2018-09-26", 2.125); Add("2018-12-19", 2.375); Add("2019-07-31", 2.125);
        Add("2019-09-18", 1.875); Add("2019-10-30", 1.625); Add("2020-03-03", 1.125); Add("2020-03-16", 0.125);
        Add("2022-03-16", 0.375); Add("2022-05-04", 0.875); Add("2022-06-15", 1.625); Add("2022-07-27", 2.375);
        Add("2022-09-21", 3.125); Add("2022-11-02", 3.875); Add("2022-12-14", 4.375); Add("2023-02-01", 4.625);
        Add("2023-03-22", 4.875); Add("2023-05-03", 5.125); Add("2023-07-26", 5.375); Add("2024-09-18", 4.875);
        Add("2024-11-07", 4.625); Add("2024-12-18", 4.375); Add("2025-09-17", 4.125); Add("2025-10-29", 3.875);
        Add("2025-12-10", 3.625);
        return [.. steps];
    }
}
