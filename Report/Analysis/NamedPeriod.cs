namespace Backtest.Report.Analysis;

/// <summary>
/// A well-known market episode, measured from the close on <see cref="Start"/> to the close on <see cref="End"/>
/// (the last trading day on or before each date).
/// </summary>
internal sealed record NamedPeriod(string Name, DateOnly Start, DateOnly End)
{
    public static IReadOnlyList<NamedPeriod> Known { get; } =
    [
        new("Dot-com bust", new(2000, 3, 10), new(2002, 10, 9)),
        new("9/11 aftermath", new(2001, 9, 10), new(2001, 9, 21)),
        new("2008 crisis", new(2007, 10, 9), new(2009, 3, 9)),
        new("Lehman collapse", new(2008, 9, 12), new(2008, 11, 20)),
        new("2010 flash crash", new(2010, 4, 23), new(2010, 7, 2)),
        new("2011 debt-ceiling sell-off", new(2011, 7, 22), new(2011, 10, 3)),
        new("2015-16 China and oil", new(2015, 7, 20), new(2016, 2, 11)),
        new("Q4 2018 sell-off", new(2018, 9, 20), new(2018, 12, 24)),
        new("2020 crash", new(2020, 2, 19), new(2020, 3, 23)),
        new("2020 recovery", new(2020, 3, 23), new(2020, 8, 31)),
        new("2022 tightening", new(2022, 1, 3), new(2022, 10, 12)),
        new("2023 regional banks", new(2023, 3, 8), new(2023, 3, 13)),
        new("July 2024 rotation", new(2024, 7, 10), new(2024, 7, 31)),
        new("January 2026 rotation", new(2026, 1, 2), new(2026, 1, 22)),
    ];

    /// <summary>
    /// The return of <paramref name="series"/> over the part of this period inside its dates (fraction), and whether
    /// the period was clipped; null when the period does not overlap the series or covers less than one return.
    /// </summary>
    public (double Return, bool Partial)? Measure(PerformanceSeries series)
    {
        if (series.Count < 2 || End < series.Dates[0] || Start > series.Dates[^1])
        {
            return null;
        }

        var from = Math.Max(series.IndexOnOrBefore(Start), 0);
        var to = series.IndexOnOrBefore(End);
        if (to <= from)
        {
            return null;
        }

        var partial = Start < series.Dates[0] || End > series.Dates[^1];
        return (series.Values[to] / series.Values[from] - 1, partial);
    }
}
