using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Search;

namespace Backtest.Optimizer.Tests.Search;

public sealed class GridSearchTests
{
    [Fact]
    public void Start_TwoParameters_FirstVariesSlowestNumberedFromOne()
    {
        var space = new ParameterSpace([ParameterSpec.Range("a", 1m, 2m, 1m), ParameterSpec.List("b", ["p", "q", "r"])]);

        var trials = new GridSearch(space).Start();

        Assert.Equal(
            ["1:a=1,b=p", "2:a=1,b=q", "3:a=1,b=r", "4:a=2,b=p", "5:a=2,b=q", "6:a=2,b=r"],
            trials.Select(t => $"{t.Number}:a={t.Get("a")},b={t.Get("b")}"));
    }

    [Fact]
    public void Start_Count_EqualsEstimateAndAllDistinct()
    {
        var space = TestTrials.XY();

        var trials = new GridSearch(space).Start();

        Assert.Equal(space.Estimate(), trials.Count);
        Assert.Equal(trials.Count, trials.Select(t => t.Canonical).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Start_QuadraticObjective_BestGridPointIsNearestToOptimum()
    {
        var trials = new GridSearch(TestTrials.XY()).Start();

        var best = trials.MaxBy(TestTrials.Quadratic)!;

        // Optimum (3.37, 1.5); grid step 0.5 in x -> 3.5 is nearest; y = 1.5 lies on the grid.
        Assert.Equal("3.5", best.Get("x"));
        Assert.Equal("1.5", best.Get("y"));
    }

    [Fact]
    public void Next_AfterStart_IsEmpty()
    {
        var search = new GridSearch(TestTrials.XY());
        search.Start();

        Assert.Empty(search.Next([]));
    }
}
