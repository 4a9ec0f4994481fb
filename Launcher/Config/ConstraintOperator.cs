namespace Backtest.Launcher.Config;

/// <summary>LEAN's constraint operators, with LEAN's names.</summary>
internal enum ConstraintOperator
{
    Equals,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
