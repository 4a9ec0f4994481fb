namespace Backtest.Optimizer.Objectives;

/// <summary>
/// A LEAN optimizer constraint: the statistic <paramref name="Target"/> compared with <paramref name="Value"/>
/// (a fraction for percent statistics: "Drawdown" &lt; 0.2 means under 20%). A missing statistic fails the constraint.
/// </summary>
public sealed record Constraint(string Target, ConstraintOperator Operator, decimal Value)
{
    public bool IsMet(IReadOnlyDictionary<string, string> statistics)
    {
        var actual = StatisticReader.Read(statistics, Target);
        if (actual is not { } a)
        {
            return false;
        }

        return Operator switch
        {
            ConstraintOperator.Equals => a == Value,
            ConstraintOperator.NotEqual => a != Value,
            ConstraintOperator.Less => a < Value,
            ConstraintOperator.LessOrEqual => a <= Value,
            ConstraintOperator.Greater => a > Value,
            ConstraintOperator.GreaterOrEqual => a >= Value,
            _ => false,
        };
    }
}
