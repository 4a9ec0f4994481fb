using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.Tests.Running;

public sealed class SweepRunnerTests
{
    [Fact]
    public void Run_ParallelVersusSequential_IdenticalTables()
    {
        var sequential = RunToCsv(degree: 1, new EulerSearch(TestTrials.XY(), TestTrials.MaxScore));
        var parallel = RunToCsv(degree: 8, new EulerSearch(TestTrials.XY(), TestTrials.MaxScore));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Run_Grid_BestIsGridOptimum()
    {
        using var store = new InMemoryTrialStore();

        var result = Runner(store, 4).Run(new GridSearch(TestTrials.XY()), TestTrials.QuadraticOutcome, CancellationToken.None);

        Assert.Equal("3.5", result.Best!.Get("x"));
        Assert.Equal("1.5", result.Best.Get("y"));
        Assert.Equal(TestTrials.XY().Estimate(), result.Executed);
        Assert.Equal(Enumerable.Range(1, result.Trials.Count), result.Trials.Select(t => t.Number));
    }

    [Fact]
    public void Run_ThrowingTrial_RecordedAndSweepContinues()
    {
        using var store = new InMemoryTrialStore();
        var runner = Runner(store, 4);

        var result = runner.Run(new GridSearch(TestTrials.XY()), (p, token) =>
            p.Get("x") == "2" ? throw new InvalidOperationException("boom at x=2") : TestTrials.QuadraticOutcome(p, token), CancellationToken.None);

        var failed = result.Trials.Where(t => t.Status == TrialStatus.Failed).ToArray();
        Assert.Equal(13, failed.Length); // x = 2 with each of the 13 y values
        Assert.All(failed, t => Assert.Equal("System.InvalidOperationException: boom at x=2", t.Error));
        Assert.Equal(TestTrials.XY().Estimate(), store.ReadAll().Count);
        Assert.Equal(13, result.Failed);
        Assert.Equal("3.5", result.Best!.Get("x"));
    }

    [Fact]
    public void Run_Cancelled_StopsDispatchingAndKeepsFinished()
    {
        using var store = new InMemoryTrialStore();
        using var cts = new CancellationTokenSource();
        var executed = 0;

        var result = Runner(store, 2).Run(new GridSearch(TestTrials.XY()), (p, token) =>
        {
            if (Interlocked.Increment(ref executed) == 10)
            {
                cts.Cancel();
            }

            return TestTrials.QuadraticOutcome(p, token);
        }, cts.Token);

        Assert.True(result.Cancelled);
        Assert.InRange(store.ReadAll().Count, 10, 12); // the tenth plus at most the other worker's in-flight trial
        Assert.Equal(store.ReadAll().Count, result.Trials.Count);
    }

    [Fact]
    public void Run_TrialAbandonsOnCancellation_NotRecorded()
    {
        using var store = new InMemoryTrialStore();
        using var cts = new CancellationTokenSource();

        var result = Runner(store, 1).Run(new GridSearch(TestTrials.XY()), (p, token) =>
        {
            if (p.Number == 3)
            {
                cts.Cancel();
                token.ThrowIfCancellationRequested();
            }

            return TestTrials.QuadraticOutcome(p, token);
        }, cts.Token);

        Assert.Equal([1, 2], store.ReadAll().Select(t => t.Number));
        Assert.True(result.Cancelled);
    }

    [Fact]
    public void Run_Progress_ReportsEveryTrialWithRateEtaAndBest()
    {
        using var store = new InMemoryTrialStore();
        var clock = new StepClock(TimeSpan.FromSeconds(1));
        var reports = new List<SweepProgress>();
        var runner = new SweepRunner(store, TestTrials.Identity, TestTrials.MaxScore, clock,
            new SweepRunnerOptions { MaxDegreeOfParallelism = 1, Progress = reports.Add });
        var space = new ParameterSpace([ParameterSpec.Range("x", 0m, 4m, 1m)]);

        runner.Run(new GridSearch(space), TestTrials.QuadraticOutcome, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5], reports.Select(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(5, r.Total));
        // The clock advances one second per reading: the start, then one reading per report.
        Assert.Equal(1d, reports[0].RatePerSecond, 12);
        Assert.Equal(TimeSpan.FromSeconds(4), reports[0].Eta);
        Assert.Equal(TimeSpan.Zero, reports[^1].Eta);
        Assert.Equal("3", reports[^1].Best!.Get("x")); // optimum 3.37 on the grid 0..4
    }

    private static string RunToCsv(int degree, ISearchStrategy search)
    {
        using var store = new InMemoryTrialStore();
        Runner(store, degree).Run(search, TestTrials.QuadraticOutcome, CancellationToken.None);
        using var writer = new StringWriter();
        TrialExporter.WriteCsv(store.ReadAll(), writer);
        return writer.ToString();
    }

    private static SweepRunner Runner(ITrialStore store, int degree) =>
        new(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System, new SweepRunnerOptions { MaxDegreeOfParallelism = degree });

    /// <summary>A clock that advances a fixed step on every reading.</summary>
    private sealed class StepClock(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks) - step.Ticks;
    }
}
