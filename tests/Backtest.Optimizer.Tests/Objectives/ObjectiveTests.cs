using Backtest.Data.Errors;
using Backtest.Engine.Statistics;
using Backtest.Optimizer.Objectives;

namespace Backtest.Optimizer.Tests.Objectives;

public sealed class ObjectiveTests
{
    private static readonly Dictionary<string, string> Stats = new()
    {
        ["Sharpe Ratio"] = "1.2",
        ["Drawdown"] = "28.200%",
    };

    [Theory]
    [InlineData(ConstraintOperator.Less, "0.3", true)]
    [InlineData(ConstraintOperator.Less, "0.282", false)]
    [InlineData(ConstraintOperator.LessOrEqual, "0.282", true)]
    [InlineData(ConstraintOperator.Equals, "0.282", true)]
    [InlineData(ConstraintOperator.NotEqual, "0.282", false)]
    [InlineData(ConstraintOperator.Greater, "0.282", false)]
    [InlineData(ConstraintOperator.GreaterOrEqual, "0.282", true)]
    [InlineData(ConstraintOperator.Greater, "0.2", true)]
    public void IsMet_PercentStatistic_ComparesAsFraction(ConstraintOperator op, string value, bool expected)
    {
        var constraint = new Constraint("Drawdown", op, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, constraint.IsMet(Stats));
    }

    [Fact]
    public void IsMet_MissingStatistic_False()
    {
        Assert.False(new Constraint("Alpha", ConstraintOperator.Greater, -100m).IsMet(Stats));
    }

    [Fact]
    public void Score_ConstraintFails_Null()
    {
        var objective = new Objective("Sharpe Ratio", Extremum.Max, [new Constraint("Drawdown", ConstraintOperator.Less, 0.2m)]);

        Assert.Null(objective.Score(Stats));
    }

    [Fact]
    public void Score_ConstraintsMet_TargetValue()
    {
        var objective = new Objective("Sharpe Ratio", Extremum.Max, [new Constraint("Drawdown", ConstraintOperator.Less, 0.3m)]);

        Assert.Equal(1.2m, objective.Score(Stats));
    }

    [Fact]
    public void IsBetter_Ties_NotBetter()
    {
        var max = new Objective("Sharpe Ratio", Extremum.Max, []);
        var min = max with { Extremum = Extremum.Min };

        Assert.False(max.IsBetter(1m, 1m));
        Assert.True(max.IsBetter(2m, 1m));
        Assert.True(min.IsBetter(0.5m, 1m));
        Assert.True(min.IsBetter(5m, null));
    }

    [Fact]
    public void Validate_EngineStatisticKeys_UnknownConstraintFailsWithIndex()
    {
        var objective = new Objective("Sharpe Ratio", Extremum.Max, [new Constraint("Max Drawdown", ConstraintOperator.Less, 0.2m)]);

        var ex = Assert.Throws<DataException>(() => objective.Validate([.. StatisticsFormatter.Keys]));

        Assert.Contains("constraints[0].target", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EngineStatisticKeys_KnownKeysPass()
    {
        var objective = new Objective("statistics.sharpe ratio", Extremum.Max, [new Constraint("Drawdown", ConstraintOperator.Less, 0.2m)]);

        objective.Validate([.. StatisticsFormatter.Keys]);
    }
}
