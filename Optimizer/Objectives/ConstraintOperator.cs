namespace Backtest.Optimizer.Objectives;

/// <summary>LEAN's ComparisonOperatorTypes as used by optimizer constraints.</summary>
public enum ConstraintOperator
{
    Equals,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
