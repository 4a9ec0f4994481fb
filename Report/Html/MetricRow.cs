namespace Backtest.Report.Html;

/// <summary>One line of the key-metrics table: display texts and the convention shown as its tooltip.</summary>
internal sealed record MetricRow(string Id, string Label, string Strategy, string Benchmark, string Lean, string Convention);
