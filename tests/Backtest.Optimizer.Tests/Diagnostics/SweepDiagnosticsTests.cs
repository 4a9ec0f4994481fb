using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.Tests.Diagnostics;

public sealed class SweepDiagnosticsTests
{
    [Fact]
    public void Compute_GridSweep_CountsBestDsrPboAndEdge()
    {
        var space = TestTrials.XY();
        using var store = new InMemoryTrialStore();
        var runner = new SweepRunner(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System);
        runner.Run(new GridSearch(space), (p, t) => p.Get("y") == "3" ? throw new InvalidOperationException("y=3") : WithReturns(p), CancellationToken.None);

        var result = SweepDiagnostics.Compute(store.ReadAll(), space, TestTrials.MaxScore);

        Assert.Equal(273, result.Trials); // 21 x 13
        Assert.Equal(21, result.Failed);
        Assert.Equal("3.5", result.Best!.Get("x"));
        Assert.Empty(result.EdgeParameters);
        Assert.Equal(252, result.DeflatedSharpe!.Trials);
        var expected = DeflatedSharpeRatio.Compute(
            WithReturns(result.Best).DailyReturns!,
            store.ReadAll().Where(t => t.Status == TrialStatus.Finished).Select(t => ReturnMoments.Of(t.DailyReturns).Sharpe).ToArray());
        Assert.Equal(expected.Probability, result.DeflatedSharpe.Probability, 12);
        Assert.Equal(16, result.Overfitting!.Blocks);
        Assert.Equal(12870, result.Overfitting.Combinations); // C(16, 8)
    }

    [Fact]
    public void Compute_BestAtRangeEdge_Flagged()
    {
        var space = new Backtest.Optimizer.Parameters.ParameterSpace([Backtest.Optimizer.Parameters.ParameterSpec.Range("x", 0m, 3m, 1m)]);
        using var store = new InMemoryTrialStore();
        new SweepRunner(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System)
            .Run(new GridSearch(space), TestTrials.QuadraticOutcome, CancellationToken.None);

        var result = SweepDiagnostics.Compute(store.ReadAll(), space, TestTrials.MaxScore);

        Assert.Equal(["x"], result.EdgeParameters); // optimum 3.37 lies beyond max 3
    }

    /// <summary>Quadratic statistics plus 64 daily returns whose mean rises with the score (deterministic noise).</summary>
    private static TrialOutcome WithReturns(Backtest.Optimizer.Parameters.TrialParameters p)
    {
        var score = (double)TestTrials.Quadratic(p);
        var seed = (ulong)p.Canonical.Length * 7919UL + (ulong)(p.GetDecimal("x") * 100m) + ((ulong)(p.GetDecimal("y") * 100m) << 16);
        var rng = new SplitMix64(seed);
        var returns = Enumerable.Range(0, 64).Select(_ => (0.0005 * (1 + (score / 50))) + ((rng.NextUInt64() >> 11) * (1.0 / (1UL << 53)) - 0.5) * 0.02).ToArray();
        return new TrialOutcome(TestTrials.QuadraticOutcome(p, CancellationToken.None).Statistics, returns);
    }
}
