using Backtest.Algorithms.Study;
using Backtest.Algorithms.Tests.Baskets;

namespace Backtest.Algorithms.Tests.Study;

public sealed class EventStudyTests
{
    [Fact]
    public void SmallBeatsLargeStreak_RandomFrame_MatchesIndependentComputation()
    {
        var rng = new Random(11);
        var (small, large) = (Walk(rng, 300), Walk(rng, 300));
        var frame = FrameFixture.Build(("S", small), ("L", large));
        const int k = 2;
        int[] horizons = [1, 5, 21];
        var options = new EventStudyOptions(DateOnly.FromDateTime(FrameFixture.Day(10)), DateOnly.FromDateTime(FrameFixture.Day(280)), horizons);

        var result = EventStudy.SmallBeatsLargeStreak(frame, StreakRunsTests.One("S"), StreakRunsTests.One("L"), k, options);

        // Independent: streak counted from closes; forward returns as close[t+h]/close[t] - 1 (single-member baskets).
        var streak = 0;
        var events = new bool[small.Length];
        for (var t = 1; t < small.Length; t++)
        {
            streak = small[t] / small[t - 1] > large[t] / large[t - 1] ? streak + 1 : 0;
            events[t] = streak == k;
        }

        Assert.Equal(Enumerable.Range(10, 271).Count(t => events[t]), result.EventDays);
        Assert.True(result.EventDays > 10);
        for (var j = 0; j < horizons.Length; j++)
        {
            var h = horizons[j];
            AssertStats(Expected(small, large, h, t => events[t]), result.Horizons[j].Events);
            AssertStats(Expected(small, large, h, _ => true), result.Horizons[j].Unconditional);
        }

        Assert.All(result.Runs, r => Assert.True(r.Length >= k && r.Side == StreakSide.SmallBeatsLarge));
    }

    [Fact]
    public void FromEvents_NoEvents_CountZeroAndNaN()
    {
        var frame = FrameFixture.Build(("S", Walk(new Random(1), 20)), ("L", Walk(new Random(2), 20)));
        var options = new EventStudyOptions(DateOnly.FromDateTime(FrameFixture.Day(0)), DateOnly.FromDateTime(FrameFixture.Day(19)), [1]);

        var result = EventStudy.FromEvents(frame, StreakRunsTests.One("S"), StreakRunsTests.One("L"), new bool[20], "none", options);

        Assert.Equal(0, result.Horizons[0].Events.Count);
        Assert.True(double.IsNaN(result.Horizons[0].Events.MeanSmall));
        // Start days 0..18 have a next close; day 19 (the last) has none.
        Assert.Equal(19, result.Horizons[0].Unconditional.Count);
    }

    [Fact]
    public void Options_BadHorizons_Throw()
    {
        var frame = FrameFixture.Build(("S", Walk(new Random(1), 5)), ("L", Walk(new Random(2), 5)));
        var day = DateOnly.FromDateTime(FrameFixture.Day(0));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EventStudy.FromEvents(frame, StreakRunsTests.One("S"), StreakRunsTests.One("L"), new bool[5], "x", new EventStudyOptions(day, day, [5, 1])));
        Assert.Throws<ArgumentException>(() =>
            EventStudy.FromEvents(frame, StreakRunsTests.One("S"), StreakRunsTests.One("L"), new bool[4], "x", new EventStudyOptions(day, day)));
    }

    internal static double[] Walk(Random rng, int n)
    {
        var p = new double[n];
        p[0] = 100;
        for (var i = 1; i < n; i++)
        {
            p[i] = p[i - 1] * (1 + ((rng.NextDouble() - 0.5) * 0.04));
        }

        return p;
    }

    private static (double[] S, double[] L) Expected(double[] small, double[] large, int h, Func<int, bool> selected)
    {
        // Start days 10..280 whose window ends inside the data; day 0 never qualifies (no return on day 0, and 10 > 0).
        var days = Enumerable.Range(10, 271).Where(t => t + h < small.Length && selected(t)).ToArray();
        return ([.. days.Select(t => (small[t + h] / small[t]) - 1)], [.. days.Select(t => (large[t + h] / large[t]) - 1)]);
    }

    private static void AssertStats((double[] S, double[] L) expected, ForwardReturnStats actual)
    {
        var diff = expected.S.Zip(expected.L, (a, b) => a - b).ToArray();
        Assert.Equal(expected.S.Length, actual.Count);
        Assert.Equal(expected.S.Average(), actual.MeanSmall, 10);
        Assert.Equal(expected.L.Average(), actual.MeanLarge, 10);
        Assert.Equal(diff.Average(), actual.MeanDifference, 10);
        Assert.Equal(Median(expected.S), actual.MedianSmall, 10);
        Assert.Equal(Median(expected.L), actual.MedianLarge, 10);
        Assert.Equal(Median(diff), actual.MedianDifference, 10);
        Assert.Equal(expected.S.Count(x => x > 0) / (double)expected.S.Length, actual.SharePositiveSmall, 12);
        Assert.Equal(expected.L.Count(x => x > 0) / (double)expected.L.Length, actual.SharePositiveLarge, 12);
        Assert.Equal(diff.Count(x => x > 0) / (double)diff.Length, actual.ShareSmallBeatsLarge, 12);
    }

    private static double Median(double[] values)
    {
        var s = values.OrderBy(v => v).ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }
}
