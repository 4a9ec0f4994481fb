namespace Backtest.Optimizer.Objectives;

/// <summary>Direction of the optimisation target (LEAN's Maximization / Minimization).</summary>
public enum Extremum
{
    Max,
    Min,
}
