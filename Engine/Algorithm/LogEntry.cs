namespace Backtest.Engine.Algorithm;

/// <summary>A Debug/Log/Error message of the algorithm with its algorithm time.</summary>
public readonly record struct LogEntry(DateTime Time, LogKind Kind, string Message);
