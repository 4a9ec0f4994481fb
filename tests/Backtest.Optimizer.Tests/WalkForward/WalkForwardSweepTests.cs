using System.Collections.Concurrent;
using System.Globalization;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Backtest.Testing;

namespace Backtest.Optimizer.Tests.WalkForward;

public sealed class WalkForwardSweepTests
{
    private static readonly DateOnly[] Days = Enumerable.Range(0, 60).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToArray();
    private static readonly ParameterSpace Space = new([ParameterSpec.List("x", ["0", "1", "2"])]);

    [Fact]
    public void Run_Windows_InSampleBestChosenOnInSampleOnlyAndOutOfSampleStitched()
    {
        var windows = WalkForwardWindows.Create(Days, new WalkForwardOptions(20, 10));
        var calls = new ConcurrentBag<(string X, TrialPeriod Period)>();
        using var store = new InMemoryTrialStore();

        var result = Sweep(store).Run(windows, () => new GridSearch(Space), (p, period, t) =>
        {
            calls.Add((p.Get("x"), period));
            return Outcome(p.Get("x"), period);
        }, CancellationToken.None);

        Assert.Equal(windows.Count, result.Windows.Count);
        var expectedStitched = new List<double>();
        foreach (var w in result.Windows)
        {
            var isPeriod = new TrialPeriod(w.Window.InSampleStart, w.Window.InSampleEnd, false);
            var expectedBest = Space.Dimensions[0].Texts.MaxBy(x => Sum(x, isPeriod))!; // first on ties, as the runner
            Assert.Equal(expectedBest, w.InSampleBest!.Get("x"));
            var oosCalls = calls.Where(c => c.Period.OutOfSample && c.Period.Start == w.Window.OutOfSampleStart).ToArray();
            Assert.Equal([expectedBest], oosCalls.Select(c => c.X));
            expectedStitched.AddRange(Returns(expectedBest, new TrialPeriod(w.Window.OutOfSampleStart, w.Window.OutOfSampleEnd, true)));
        }

        Assert.All(calls.Where(c => !c.Period.OutOfSample), c => Assert.Contains(windows, w => w.InSampleEnd == c.Period.End && w.InSampleStart == c.Period.Start));
        Assert.Equal(expectedStitched, result.StitchedReturns);
        Assert.Equal(expectedStitched.Aggregate(1d, (e, r) => e * (1 + r)), result.StitchedEquity[^1], 12);
        Assert.NotNull(result.Degradation);
    }

    [Fact]
    public void Run_Rerun_ResumesWithoutExecutingAnyTrial()
    {
        using var folder = new TempFolder();
        var windows = WalkForwardWindows.Create(Days, new WalkForwardOptions(20, 10, Anchored: true));
        var executed = 0;
        TrialOutcome Trial(TrialParameters p, TrialPeriod period, CancellationToken t)
        {
            Interlocked.Increment(ref executed);
            return Outcome(p.Get("x"), period);
        }

        WalkForwardResult first;
        using (var store = SqliteTrialStore.Open(folder.File("wf.sqlite"), TestTrials.Identity))
        {
            first = Sweep(store).Run(windows, () => new GridSearch(Space), Trial, CancellationToken.None);
        }

        var firstCount = executed;
        using var reopened = SqliteTrialStore.Open(folder.File("wf.sqlite"), TestTrials.Identity);
        var second = Sweep(reopened).Run(windows, () => new GridSearch(Space), Trial, CancellationToken.None);

        Assert.Equal(firstCount, executed);
        Assert.Equal(windows.Count * 4, firstCount); // 3 in-sample trials and 1 out-of-sample trial per window
        Assert.Equal(first.StitchedReturns, second.StitchedReturns);
        Assert.Equal(windows.Count * 4, reopened.ReadAll().Count);
    }

    private static WalkForwardSweep Sweep(ITrialStore store) =>
        new(store, TestTrials.Identity, TestTrials.MaxScore, TimeProvider.System, new SweepRunnerOptions { MaxDegreeOfParallelism = 2 });

    /// <summary>x earns 1% on days whose (day of year / 7) mod 3 equals x and loses 0.5% otherwise: the best x shifts with time.</summary>
    private static IEnumerable<double> Returns(string x, TrialPeriod period) =>
        Days.Where(d => d >= period.Start && d <= period.End)
            .Select(d => (d.DayOfYear / 7 % 3).ToString(CultureInfo.InvariantCulture) == x ? 0.01 : -0.005);

    private static decimal Sum(string x, TrialPeriod period) => (decimal)Returns(x, period).Sum();

    private static TrialOutcome Outcome(string x, TrialPeriod period) => new(
        new Dictionary<string, string> { ["Sharpe Ratio"] = Sum(x, period).ToString(CultureInfo.InvariantCulture) },
        Returns(x, period).ToArray());
}
