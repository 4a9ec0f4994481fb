using System.Globalization;
using Backtest.Report.Analysis;

namespace Backtest.Report.Sweep;

/// <summary>
/// What the sweep report draws, derived from its input: the trials in rank order, the parameters that vary, the
/// target's sensitivity to each and over each pair, the Sharpe histogram and the best and median trials. Target
/// summaries use every finished trial with a target, constraints or not, because they describe the landscape;
/// only the ranking applies the constraints. Parameter values order numerically when all are numbers, else ordinally.
/// </summary>
internal sealed class SweepAnalysis
{
    /// <summary>The statistic the histogram counts (LEAN's annualised Sharpe ratio).</summary>
    public const string SharpeStatistic = "Sharpe Ratio";

    private SweepAnalysis(SweepReportInput input)
    {
        Input = input;
        Ranked = [.. input.Trials.Where(t => t.Rank is not null).OrderBy(t => t.Rank).ThenBy(t => t.Number)];
        Ordered = [.. Ranked, .. input.Trials.Where(t => t.Rank is null).OrderBy(t => t.Finished ? 0 : 1).ThenBy(t => t.Number)];
        Scored = [.. input.Trials.Where(t => t.Finished && t.Target is { } v && double.IsFinite(v))];
        Varying = [.. input.ParameterNames.Where(n => Values(n).Count > 1)];
    }

    public SweepReportInput Input { get; }

    /// <summary>Accepted trials, best first.</summary>
    public IReadOnlyList<SweepReportTrial> Ranked { get; }

    /// <summary>Every trial: ranked ones first, then finished unranked ones, then failed ones, each by number.</summary>
    public IReadOnlyList<SweepReportTrial> Ordered { get; }

    /// <summary>Parameters with at least two distinct values among the trials.</summary>
    public IReadOnlyList<string> Varying { get; }

    public SweepReportTrial? Best => Ranked.Count > 0 ? Ranked[0] : null;

    /// <summary>The middle accepted trial by rank (the better of the two middle ones for an even count).</summary>
    public SweepReportTrial? Median => Ranked.Count > 0 ? Ranked[(Ranked.Count - 1) / 2] : null;

    private IReadOnlyList<SweepReportTrial> Scored { get; }

    public static SweepAnalysis Of(SweepReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new SweepAnalysis(input);
    }

    /// <summary>The distinct values <paramref name="name"/> takes over all trials, in axis order.</summary>
    public IReadOnlyList<string> Values(string name)
    {
        var values = Input.Trials.Select(t => t.Parameter(name)).Distinct(StringComparer.Ordinal).ToArray();
        var numbers = values.Select(Number).ToArray();
        return numbers.All(n => n is not null)
            ? [.. values.Zip(numbers).OrderBy(p => p.Second).ThenBy(p => p.First, StringComparer.Ordinal).Select(p => p.First)]
            : [.. values.Order(StringComparer.Ordinal)];
    }

    /// <summary>The target per value of <paramref name="name"/>; values without a scored trial are left out.</summary>
    public IReadOnlyList<TargetSummary> Sensitivity(string name)
    {
        var values = Values(name);
        var position = PositionsOf(values);
        // One pass over the trials, as in Heat; each value keeps trial order.
        var targets = new List<double>?[values.Count];
        foreach (var trial in Scored)
        {
            if (position.TryGetValue(trial.Parameter(name), out var i))
            {
                (targets[i] ??= []).Add(trial.Target!.Value);
            }
        }

        var rows = new List<TargetSummary>();
        for (var i = 0; i < values.Count; i++)
        {
            if (targets[i] is { Count: > 0 } value)
            {
                rows.Add(new TargetSummary(values[i], value.Count, value.Average(), value.Min(), value.Max()));
            }
        }

        return rows;
    }

    /// <summary>The mean target over each value pair of two parameters (other parameters averaged over).</summary>
    public HeatMap Heat(string x, string y)
    {
        var xs = Values(x);
        var ys = Values(y);
        var column = PositionsOf(xs);
        var row = PositionsOf(ys);
        // One pass over the trials into their cells (scanning every trial for every cell made a 1,000-trial grid with
        // ten values per parameter read each trial's parameters 100 times per pair); each cell keeps trial order.
        var targets = new List<double>?[xs.Count, ys.Count];
        foreach (var trial in Scored)
        {
            if (column.TryGetValue(trial.Parameter(x), out var i) && row.TryGetValue(trial.Parameter(y), out var j))
            {
                (targets[i, j] ??= []).Add(trial.Target!.Value);
            }
        }

        var cells = new List<HeatCell>();
        for (var i = 0; i < xs.Count; i++)
        {
            for (var j = 0; j < ys.Count; j++)
            {
                if (targets[i, j] is { Count: > 0 } cell)
                {
                    cells.Add(new HeatCell(i, j, cell.Average(), cell.Count));
                }
            }
        }

        return new HeatMap(x, y, xs, ys, cells);
    }

    private static Dictionary<string, int> PositionsOf(IReadOnlyList<string> values)
    {
        var positions = new Dictionary<string, int>(values.Count, StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            positions[values[i]] = i;
        }

        return positions;
    }

    /// <summary>Every pair of varying parameters, in parameter order.</summary>
    public IEnumerable<(string X, string Y)> Pairs()
    {
        for (var i = 0; i < Varying.Count; i++)
        {
            for (var j = i + 1; j < Varying.Count; j++)
            {
                yield return (Varying[i], Varying[j]);
            }
        }
    }

    /// <summary>The Sharpe ratios of the finished trials that report one, in trial order.</summary>
    public double[] Sharpes() => [.. Input.Trials.Where(t => t.Finished).OrderBy(t => t.Number)
        .Select(t => t.Statistics.TryGetValue(SharpeStatistic, out var s) ? Number(s) : null)
        .Where(v => v is not null).Select(v => (double)v!.Value)];

    /// <summary>Bins of <see cref="Sharpes"/>: about the square root of the count, between 1 and 30.</summary>
    public ReturnHistogram SharpeHistogram()
    {
        var sharpes = Sharpes();
        var bins = Math.Clamp((int)Math.Ceiling(Math.Sqrt(sharpes.Length)), 1, 30);
        return ReturnHistogram.Compute(sharpes, [], bins);
    }

    /// <summary>
    /// The dates of the best-against-median chart: <see cref="SweepReportInput.Dates"/> when it holds one day more than
    /// the best and the median trial have returns, else null (the chart counts trading days).
    /// </summary>
    public IReadOnlyList<DateOnly>? EquityDates()
    {
        var dates = Input.Dates;
        return dates is not null && Best is { } best && Median is { } median
            && dates.Count == best.DailyReturns.Count + 1 && dates.Count == median.DailyReturns.Count + 1
            ? dates : null;
    }

    /// <summary>Growth of 1 compounded from daily returns: one point more than returns, starting at 1.</summary>
    public static double[] Growth(IReadOnlyList<double> returns)
    {
        var growth = new double[returns.Count + 1];
        growth[0] = 1d;
        for (var i = 0; i < returns.Count; i++)
        {
            growth[i + 1] = growth[i] * (1d + returns[i]);
        }

        return growth;
    }

    /// <summary>A statistic's text as a number: invariant, "%" and "$" and thousands separators dropped; null if not one.</summary>
    public static decimal? Number(string text)
    {
        var cleaned = text.Trim().TrimEnd('%').Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
