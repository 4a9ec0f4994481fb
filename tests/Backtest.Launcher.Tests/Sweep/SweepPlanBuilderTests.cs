using System.Collections.Immutable;
using Backtest.Algorithms.Strategies;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Sweep;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Search;

namespace Backtest.Launcher.Tests.Sweep;

public sealed class SweepPlanBuilderTests
{
    private static readonly ImmutableSortedDictionary<string, string> NoParameters = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    private static readonly OptimizationOptions ThresholdGrid = new()
    {
        Parameters = [new OptimizationParameter("Threshold", 3, 7, 1, null, null)],
    };

    [Fact]
    public void Build_LeanDefaultCriterion_MaximisesNetProfitOverTheGrid()
    {
        var plan = SweepPlanBuilder.Build(ThresholdGrid, typeof(StreakRotation), NoParameters);

        // LEAN's default target Statistics.TotalProfit is our summary's "Net Profit".
        Assert.Equal("Net Profit", plan.Objective.Target);
        Assert.Equal(Extremum.Max, plan.Objective.Extremum);
        Assert.Equal(SearchKind.Grid, plan.Search);
        Assert.Equal(["3", "4", "5", "6", "7"], plan.Space.Dimensions[0].Texts);
    }

    [Theory]
    [InlineData("QuantConnect.Optimizer.Strategies.EulerSearchOptimizationStrategy", SearchKind.Euler)]
    [InlineData("euler", SearchKind.Euler)]
    [InlineData("grid", SearchKind.Grid)]
    public void Build_StrategyName_ChoosesTheSearch(string strategy, SearchKind expected) =>
        Assert.Equal(expected, SweepPlanBuilder.Build(ThresholdGrid with { Strategy = strategy }, typeof(StreakRotation), NoParameters).Search);

    [Fact]
    public void Build_RandomWithSamplesAndSeed_DrawsThatManyDistinctPointsReproducibly()
    {
        var block = ThresholdGrid with { Strategy = "random", Samples = 3, Seed = 42 };

        var plan = SweepPlanBuilder.Build(block, typeof(StreakRotation), NoParameters);
        var first = plan.CreateSearch().Start().Select(t => t.Canonical).ToArray();
        var second = plan.CreateSearch().Start().Select(t => t.Canonical).ToArray();

        Assert.Equal(SearchKind.Random, plan.Search);
        Assert.Equal((3, 42UL), (plan.RandomCount, plan.RandomSeed));
        Assert.Equal(3, first.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_RandomWithoutSamples_FailsAtTheSamplesPath()
    {
        var error = Assert.Throws<ConfigException>(() => SweepPlanBuilder.Build(ThresholdGrid with { Strategy = "RandomSearchOptimizationStrategy" }, typeof(StreakRotation), NoParameters));

        Assert.Equal("$.optimization.optimization-strategy-settings.samples", error.JsonPath);
    }

    [Theory]
    [InlineData("simulated-annealing")]
    [InlineData("bayesian")]
    public void Build_UnsupportedStrategy_FailsAtTheStrategyPath(string strategy)
    {
        var error = Assert.Throws<ConfigException>(() => SweepPlanBuilder.Build(ThresholdGrid with { Strategy = strategy }, typeof(StreakRotation), NoParameters));

        Assert.Equal("$.optimization.optimization-strategy", error.JsonPath);
    }

    [Fact]
    public void Build_UnknownConstraintStatistic_FailsAtTheConstraintPath()
    {
        var block = ThresholdGrid with
        {
            Constraints = [new OptimizationConstraint("Drawdown", Backtest.Launcher.Config.ConstraintOperator.Less, 0.5), new OptimizationConstraint("Max Drawdown", Backtest.Launcher.Config.ConstraintOperator.Less, 0.5)],
        };

        var error = Assert.Throws<ConfigException>(() => SweepPlanBuilder.Build(block, typeof(StreakRotation), NoParameters));

        Assert.Equal("$.optimization.constraints[1].target", error.JsonPath);
        Assert.Contains("'Max Drawdown' is not a known statistic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FractionalStepForAnIntegerParameter_FailsBeforeTheFirstTrial()
    {
        var block = new OptimizationOptions { Parameters = [new OptimizationParameter("Threshold", 3, 4, 0.5, null, null)] };

        var error = Assert.Throws<ConfigException>(() => SweepPlanBuilder.Build(block, typeof(StreakRotation), NoParameters));

        Assert.Equal("$.optimization.parameters[0]", error.JsonPath);
        Assert.Contains("3.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoOptimizationBlock_FailsAtTheBlockPath() =>
        Assert.Equal("$.optimization", Assert.Throws<ConfigException>(() => SweepPlanBuilder.Build(null, typeof(StreakRotation), NoParameters)).JsonPath);
}
