namespace Backtest.Report.Analysis;

/// <summary>A named step function: each value holds from its date until the next point's date. Dates ascending.</summary>
internal sealed record StepSeries(string Name, IReadOnlyList<(DateOnly Date, double Value)> Points);
