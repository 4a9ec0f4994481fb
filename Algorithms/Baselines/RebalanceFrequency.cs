namespace Backtest.Algorithms.Baselines;

/// <summary>How often a strategy brings its holdings back to target.</summary>
public enum RebalanceFrequency
{
    Daily = 0,
    Weekly = 1,
    Monthly = 2,
}
