namespace Backtest.Engine.Algorithm;

/// <summary>One Plot(chart, series, value) call at algorithm time <see cref="Time"/>.</summary>
public readonly record struct PlotPoint(string Chart, string Series, DateTime Time, double Value);
