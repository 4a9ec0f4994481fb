using Backtest.Report.Input;

namespace Backtest.Report.Analysis;

/// <summary>
/// Holdings over time by symbol: the "Allocation" plot's weights when the run plotted them (fractions of equity),
/// otherwise share quantities rebuilt from filled orders. Each series is a step function: a value holds from its date
/// until the next point. <see cref="TimeIn"/> is the fraction of the run's trading days with a non-zero holding.
/// </summary>
internal sealed record AllocationView(bool IsWeights, IReadOnlyList<StepSeries> Series, IReadOnlyList<(string Symbol, double Fraction)> TimeIn)
{
    public const string AllocationChart = "Allocation";

    /// <summary>
    /// A day counts as "in" a plotted allocation from 1% of the portfolio on, so LEAN's 0.25% free-cash buffer does not
    /// make a fully invested strategy look always in cash.
    /// </summary>
    public const double MinimumWeight = 0.01;

    public static AllocationView Build(RunResult run)
    {
        var plotted = run.Chart(AllocationChart);
        var series = plotted.Count > 0
            ? plotted.Select(p => new StepSeries(p.Name, Steps(p.Times.Select(DateOnly.FromDateTime), p.Values))).ToArray()
            : FromFills(run.Orders);
        var timeIn = series.Select(s => (s.Name, FractionHeld(s, run.Dates, plotted.Count > 0 ? MinimumWeight : 1e-9))).ToArray();
        return new AllocationView(plotted.Count > 0, series, timeIn);
    }

    private static StepSeries[] FromFills(IReadOnlyList<OrderRow> orders)
    {
        var filled = orders.Where(o => o.FillTime is not null && string.Equals(o.Status, "Filled", StringComparison.Ordinal)).ToArray();
        return filled.Select(o => o.Symbol).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(symbol =>
        {
            var mine = filled.Where(o => string.Equals(o.Symbol, symbol, StringComparison.Ordinal)).OrderBy(o => o.FillTime).ThenBy(o => o.Id).ToArray();
            var held = 0.0;
            var values = new double[mine.Length];
            for (var i = 0; i < mine.Length; i++)
            {
                held += mine[i].Quantity;
                values[i] = held;
            }

            return new StepSeries(symbol, Steps(mine.Select(o => DateOnly.FromDateTime(o.FillTime!.Value)), values));
        }).ToArray();
    }

    /// <summary>One point per date (the last value written that day), NaN values dropped.</summary>
    private static (DateOnly Date, double Value)[] Steps(IEnumerable<DateOnly> dates, double[] values)
    {
        var steps = new List<(DateOnly Date, double Value)>();
        var i = 0;
        foreach (var date in dates)
        {
            var v = values[i++];
            if (!double.IsFinite(v))
            {
                continue;
            }

            if (steps.Count > 0 && steps[^1].Date == date)
            {
                steps[^1] = (date, v);
            }
            else
            {
                steps.Add((date, v));
            }
        }

        return steps.ToArray();
    }

    private static double FractionHeld(StepSeries series, DateOnly[] dates, double threshold)
    {
        if (dates.Length == 0)
        {
            return double.NaN;
        }

        var held = 0;
        var k = -1;
        foreach (var day in dates)
        {
            while (k + 1 < series.Points.Count && series.Points[k + 1].Date <= day)
            {
                k++;
            }

            held += k >= 0 && Math.Abs(series.Points[k].Value) >= threshold ? 1 : 0;
        }

        return (double)held / dates.Length;
    }
}
