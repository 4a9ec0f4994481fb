namespace Backtest.Engine.Algorithm;

/// <summary>Which algorithm method wrote a <see cref="LogEntry"/>.</summary>
public enum LogKind
{
    Debug = 0,
    Log = 1,
    Error = 2,
}
