namespace Backtest.Launcher.Config;

/// <summary>Direction of an optimisation target (LEAN <c>extremum</c>: "max" or "min").</summary>
internal enum OptimizationExtremum
{
    Max,
    Min,
}
