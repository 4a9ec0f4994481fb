using Backtest.Data.Errors;
using Backtest.Engine.Parameters;
using Backtest.Engine.Statistics;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Search;

namespace Backtest.Optimizer.Tests;

public sealed class SweepPlanTests
{
    private static readonly ParameterDescriptor[] Declared =
    [
        new("x", typeof(SweepPlanTests).GetMethod(nameof(Validate_Valid_Passes))!, typeof(double), 0, 10, null, null, false),
        new("y", typeof(SweepPlanTests).GetMethod(nameof(Validate_Valid_Passes))!, typeof(double), 0, 3, null, null, false),
    ];

    [Fact]
    public void Validate_Valid_Passes()
    {
        new SweepPlan(TestTrials.XY(), TestTrials.MaxScore, SearchKind.Euler).Validate(Declared, [.. StatisticsFormatter.Keys]);
    }

    [Fact]
    public void Validate_UnknownTarget_FailsBeforeAnyTrial()
    {
        var plan = new SweepPlan(TestTrials.XY(), new Objective("Sharp Ratio", Extremum.Max, []), SearchKind.Grid);

        var ex = Assert.Throws<DataException>(() => plan.Validate(Declared, [.. StatisticsFormatter.Keys]));
        Assert.Contains("optimization-criterion.target", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RandomWithoutCount_Fails()
    {
        var plan = new SweepPlan(TestTrials.XY(), TestTrials.MaxScore, SearchKind.Random);

        Assert.Throws<DataException>(() => plan.Validate(Declared, [.. StatisticsFormatter.Keys]));
    }

    [Fact]
    public void CreateSearch_EachKind_MatchingStrategy()
    {
        var space = TestTrials.XY();

        Assert.IsType<GridSearch>(new SweepPlan(space, TestTrials.MaxScore, SearchKind.Grid).CreateSearch());
        Assert.IsType<RandomSearch>(new SweepPlan(space, TestTrials.MaxScore, SearchKind.Random, 5, 1).CreateSearch());
        Assert.IsType<EulerSearch>(new SweepPlan(space, TestTrials.MaxScore, SearchKind.Euler).CreateSearch());
    }
}
