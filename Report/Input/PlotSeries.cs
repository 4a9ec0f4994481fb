namespace Backtest.Report.Input;

/// <summary>One plotted series: <paramref name="Times"/> ascending as written (New York local), values NaN where null.</summary>
internal sealed record PlotSeries(string Chart, string Name, DateTime[] Times, double[] Values);
