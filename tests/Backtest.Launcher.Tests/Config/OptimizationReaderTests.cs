using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Tests.Config;

public sealed class OptimizationReaderTests
{
    [Fact]
    public void Read_LeanOptimizerBlock_BindsTypedRecords()
    {
        // Shape of LEAN's Optimizer.Launcher/config.example.json (SEMANTICS.md G).
        var json = """
            { "optimization": {
                "optimization-strategy": "QuantConnect.Optimizer.Strategies.EulerSearchOptimizationStrategy",
                "optimization-strategy-settings": { "$type": "QuantConnect.Optimizer.Strategies.StepBaseOptimizationStrategySettings, QuantConnect.Optimizer", "default-segment-amount": 10 },
                "optimization-criterion": { "target": "Statistics.Sharpe Ratio", "extremum": "max", "target-value": 3 },
                "constraints": [ { "target": "Drawdown", "operator": "LessOrEqual", "target-value": 0.15 } ],
                "parameters": [
                  { "name": "lookback", "min": 20, "max": 120, "step": 20 },
                  { "name": "basket", "value": "mag7" }
                ],
                "maximum-concurrent-backtests": 4
            } }
            """;

        var optimization = ConfigReader.Read(json, "config.json", "/").Optimization!;

        Assert.EndsWith("EulerSearchOptimizationStrategy", optimization.Strategy, StringComparison.Ordinal);
        Assert.Equal(10, optimization.DefaultSegmentAmount);
        Assert.Equal(new OptimizationCriterion("Statistics.Sharpe Ratio", OptimizationExtremum.Max, 3), optimization.Criterion);
        Assert.Equal([new OptimizationConstraint("Drawdown", ConstraintOperator.LessOrEqual, 0.15)], optimization.Constraints);
        Assert.Equal(new OptimizationParameter("lookback", 20, 120, 20, null, null), optimization.Parameters[0]);
        Assert.True(optimization.Parameters[1].IsStatic);
        Assert.Equal(4, optimization.MaximumConcurrentBacktests);
    }

    [Fact]
    public void Read_RandomSettings_BindsSamplesAndSeed()
    {
        var json = """{ "optimization": { "optimization-strategy": "random", "optimization-strategy-settings": { "samples": 25, "seed": 7 } } }""";

        var optimization = ConfigReader.Read(json, "config.json", "/").Optimization!;

        Assert.Equal((25, 7), (optimization.Samples, optimization.Seed));
    }

    [Fact]
    public void Read_WalkForward_BindsWindowLengthsStepAndAnchoring()
    {
        var json = """{ "optimization": { "walk-forward": { "in-sample-days": 504, "out-of-sample-days": 126, "step-days": 252, "anchored": true } } }""";

        var optimization = ConfigReader.Read(json, "config.json", "/").Optimization!;

        Assert.Equal(new Backtest.Optimizer.WalkForward.WalkForwardOptions(504, 126, 252, true), optimization.WalkForward);
    }

    [Fact]
    public void Read_EmptyBlock_UsesLeanDefaults()
    {
        var optimization = ConfigReader.Read("""{ "optimization": {} }""", "config.json", "/").Optimization!;

        Assert.Equal(OptimizationOptions.GridSearch, optimization.Strategy);
        Assert.Equal(new OptimizationCriterion("Statistics.TotalProfit", OptimizationExtremum.Max, null), optimization.Criterion);
        Assert.Empty(optimization.Parameters);
    }

    [Theory]
    [InlineData("""{ "constraints": [ { "target": "Drawdown", "target-value": 1 } ] }""", "$.optimization.constraints[0]", "the key \"operator\" is missing")]
    [InlineData("""{ "constraints": [ { "target": "x", "operator": "Below", "target-value": 1 } ] }""", "$.optimization.constraints[0].operator", "not a valid choice (found 'Below')")]
    [InlineData("""{ "parameters": [ { "name": "a", "min": 5, "max": 1 } ] }""", "$.optimization.parameters[0]", "the range needs min <= max")]
    [InlineData("""{ "parameters": [ { "name": "a", "min": 1 } ] }""", "$.optimization.parameters[0]", "the key \"max\" is missing")]
    [InlineData("""{ "parameters": [ { "name": "a", "min": 1, "max": 2, "value": 3 } ] }""", "$.optimization.parameters[0]", "a parameter has either \"value\" or \"min\"/\"max\", not both")]
    [InlineData("""{ "optimization-criterion": { "target": "x", "extremum": "largest" } }""", "$.optimization.optimization-criterion.extremum", "not a valid choice")]
    [InlineData("""{ "optimization-strategy-settings": { "samples": 0 } }""", "$.optimization.optimization-strategy-settings.samples", "must be at least 1")]
    [InlineData("""{ "optimization-strategy-settings": { "seed": -1 } }""", "$.optimization.optimization-strategy-settings.seed", "must not be negative")]
    [InlineData("""{ "walk-forward": { "in-sample-days": 504 } }""", "$.optimization.walk-forward", "the key \"out-of-sample-days\" is missing")]
    [InlineData("""{ "walk-forward": { "in-sample-days": 504, "out-of-sample-days": 126, "step-days": 21 } }""", "$.optimization.walk-forward", "step-days is below out-of-sample-days")]
    public void Read_BadOptimizerEntry_NamesIndexedPath(string block, string path, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read($$"""{ "optimization": {{block}} }""", "config.json", "/"));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains($"{path}: {expected}", error.Message, StringComparison.Ordinal);
    }
}
