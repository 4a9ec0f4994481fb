using Backtest.Report.Input;

namespace Backtest.Report.Analysis;

/// <summary>A stretch of days with one regime value, from <see cref="Start"/> up to (not including) <see cref="End"/>,
/// or to the last date for the final span.</summary>
internal readonly record struct RegimeSpan(DateOnly Start, DateOnly End, double Value)
{
    public const string RegimeChart = "Regime";

    /// <summary>Spans of the first series of the "Regime" plot; empty when the run did not plot one.</summary>
    public static IReadOnlyList<RegimeSpan> FromPlots(RunResult run)
    {
        var plots = run.Chart(RegimeChart);
        var plot = plots.Count > 0 ? plots[0] : null;
        if (plot is null || plot.Times.Length == 0 || run.Dates.Length == 0)
        {
            return [];
        }

        var spans = new List<RegimeSpan>();
        for (var i = 0; i < plot.Times.Length; i++)
        {
            var day = DateOnly.FromDateTime(plot.Times[i]);
            var value = plot.Values[i];
            if (spans.Count > 0 && spans[^1].Value.Equals(value))
            {
                continue;
            }

            if (spans.Count > 0)
            {
                spans[^1] = spans[^1] with { End = day };
            }

            spans.Add(new RegimeSpan(day, run.Dates[^1], value));
        }

        return spans;
    }
}
