using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.Tests.Search;

public sealed class EulerSearchTests
{
    [Fact]
    public void Rounds_QuadraticWithKnownOptimum_ConvergesWithinMinStep()
    {
        var space = new ParameterSpace([ParameterSpec.Range("x", 0m, 10m, minStep: 0.01m)], segmentAmount: 4);
        var search = new EulerSearch(space, TestTrials.MaxScore);

        var rounds = RunAll(search);

        // Optimum x = 3.37. Steps 2.5 -> 0.625 -> 0.15625 -> 0.0390625 -> 0.01 (min-step), so the last round's grid
        // has spacing 0.01 around the best, and the best must be within half a min-step of the optimum.
        Assert.Equal(5, rounds.Count);
        Assert.InRange(search.Best!.GetDecimal("x"), 3.365m, 3.375m);
    }

    [Fact]
    public void Rounds_AllValuesInsideOriginalRangeAndNumbersConsecutive()
    {
        var space = new ParameterSpace([ParameterSpec.Range("x", 0m, 10m, minStep: 0.01m), ParameterSpec.Range("y", 0m, 3m, 1m, 0.05m)]);
        var search = new EulerSearch(space, TestTrials.MaxScore);

        var all = RunAll(search).SelectMany(r => r).ToArray();

        Assert.All(all, t => Assert.InRange(t.GetDecimal("x"), 0m, 10m));
        Assert.All(all, t => Assert.InRange(t.GetDecimal("y"), 0m, 3m));
        Assert.Equal(Enumerable.Range(1, all.Length), all.Select(t => t.Number));
    }

    [Fact]
    public void Rounds_FirstRound_IsTheGrid()
    {
        var space = TestTrials.XY();

        var first = new EulerSearch(space, TestTrials.MaxScore).Start();

        Assert.Equal(new GridSearch(space).Start().Select(t => t.ToString()), first.Select(t => t.ToString()));
    }

    [Fact]
    public void Next_NoAcceptableResult_Stops()
    {
        var objective = new Objective("Sharpe Ratio", Extremum.Max, [new Constraint("Sharpe Ratio", ConstraintOperator.Greater, 100m)]);
        var search = new EulerSearch(TestTrials.XY(), objective);
        var round = search.Start();

        Assert.Empty(search.Next(Finish(round)));
    }

    [Fact]
    public void Next_TargetValueReached_Stops()
    {
        var objective = new Objective("Sharpe Ratio", Extremum.Max, [], TargetValue: -1m);
        var search = new EulerSearch(TestTrials.XY(), objective);

        Assert.Empty(search.Next(Finish(search.Start())));
    }

    private static List<IReadOnlyList<TrialParameters>> RunAll(EulerSearch search)
    {
        var rounds = new List<IReadOnlyList<TrialParameters>>();
        var round = search.Start();
        while (round.Count > 0 && rounds.Count < 50)
        {
            rounds.Add(round);
            round = search.Next(Finish(round));
        }

        return rounds;
    }

    private static TrialResult[] Finish(IReadOnlyList<TrialParameters> round) =>
        round.Select(p => TrialResult.Finished(p, TrialKey.Compute(p, TestTrials.Identity), TestTrials.QuadraticOutcome(p, CancellationToken.None))).ToArray();
}
