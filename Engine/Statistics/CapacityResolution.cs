namespace Backtest.Engine.Statistics;

/// <summary>Bar granularity classes of the capacity model.</summary>
internal enum CapacityResolution
{
    Second,
    Minute,
    Hour,
    Daily,
}
