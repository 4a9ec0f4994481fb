namespace Backtest.Launcher.Config;

/// <summary>One LEAN optimizer constraint: <c>{target, operator, target-value}</c>.</summary>
internal sealed record OptimizationConstraint(string Target, ConstraintOperator Operator, double TargetValue);
