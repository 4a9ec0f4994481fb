namespace Backtest.Report.Input;

/// <summary>
/// One run's <c>result.json</c> (schema "backtest-result/1") as the tear sheet needs it. Numbers are as written by
/// the engine; JSON nulls (non-finite values) are read as NaN. Statistics keep the engine's key order.
/// </summary>
internal sealed record RunResult
{
    public required string SourceFile { get; init; }
    public required string Algorithm { get; init; }
    public required string EngineVersion { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }
    public required string DataFolder { get; init; }
    public required string DataFingerprint { get; init; }
    public required bool Synthetic { get; init; }
    public required string DataNotice { get; init; }
    public required string PeriodStart { get; init; }
    public required string PeriodEnd { get; init; }
    public required double StartingCapital { get; init; }
    public required double EndEquity { get; init; }
    public required double TotalFees { get; init; }
    public required int TotalOrders { get; init; }
    public required string OrderHash { get; init; }

    /// <summary>LEAN's summary statistics as formatted strings, in LEAN's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Statistics { get; init; }

    /// <summary>Extended metrics by name (fractions; see Backtest.Engine.Statistics.ExtendedMetrics).</summary>
    public required IReadOnlyDictionary<string, double> Extended { get; init; }

    /// <summary>Annual risk-free rate (fraction) when the result records it; NaN otherwise.</summary>
    public required double RiskFreeRate { get; init; }

    public required IReadOnlyList<OrderRow> Orders { get; init; }
    public required IReadOnlyList<TradeRow> Trades { get; init; }

    /// <summary>Trading days, ascending.</summary>
    public required DateOnly[] Dates { get; init; }

    /// <summary>Closing equity per entry of <see cref="Dates"/>.</summary>
    public required double[] Equity { get; init; }

    /// <summary>Benchmark price per entry of <see cref="Dates"/>; NaN where the benchmark had no sample.</summary>
    public required double[] Benchmark { get; init; }

    /// <summary>Plotted series, charts and series in ordinal order.</summary>
    public required IReadOnlyList<PlotSeries> Plots { get; init; }

    /// <summary>The statistic's text, or null when absent.</summary>
    public string? Statistic(string name)
    {
        foreach (var (key, value) in Statistics)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The extended metric, or NaN when absent.</summary>
    public double ExtendedValue(string name) => Extended.TryGetValue(name, out var v) ? v : double.NaN;

    /// <summary>The series of one chart, in ordinal order of series name.</summary>
    public IReadOnlyList<PlotSeries> Chart(string chart) =>
        Plots.Where(p => string.Equals(p.Chart, chart, StringComparison.Ordinal)).ToArray();
}
