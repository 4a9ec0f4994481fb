using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Signals;
using Backtest.Algorithms.Tests.Baskets;
using Backtest.Algorithms.Tests.Study;
using Backtest.Data.Frames;

namespace Backtest.Algorithms.Tests.Signals;

/// <summary>WORKLOADS.md W1's streak counters and target on IWM vs QQQ, 2001-01-02..2026-06-12.</summary>
public sealed class StreakSignalMarketDataTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(8)]
    public void Update_W1IwmVsQqq_MatchesStraightforwardDefinition(int n)
    {
        var first = new DateOnly(2001, 1, 2);
        var last = new DateOnly(2026, 6, 12);
        var frame = MarketFixture.Load(first, last, "IWM", "QQQ");
        var iwm = BasketReturns.Compute(frame, StreakRunsTests.One("IWM"));
        var qqq = BasketReturns.Compute(frame, StreakRunsTests.One("QQQ"));
        var expected = W1(first, last, n);
        // WORKLOADS.md: 6,399 dates present in both files; the frame has a bar for both on each of them and no other day.
        Assert.Equal(6399, expected.Length);
        Assert.Equal(6399, Enumerable.Range(0, frame.Index.Count).Count(i => BothPresent(frame, i)));
        Assert.Equal(6399, frame.Index.Count);

        var signal = new StreakSignal(new StreakSignalParameters(Threshold: n));
        var switches = 0;
        for (var t = 0; t < frame.Index.Count; t++)
        {
            signal.Update(frame.Index.EndTimes[t], iwm[t], qqq[t]);
            Assert.Equal(DateOnly.FromDateTime(frame.Index.StartTimes[t]), expected[t].Date);
            Assert.Equal((expected[t].SI, expected[t].SQ, expected[t].Target), (signal.SmallStreak, signal.LargeStreak, signal.Regime));
            switches += signal.Changed ? 1 : 0;
        }

        var expectedSwitches = Enumerable.Range(1, expected.Length - 1).Count(t => expected[t].Target != expected[t - 1].Target);
        Assert.Equal(expectedSwitches, switches);
        TestContext.Current.SendDiagnosticMessage($"W1 N={n}: {switches} target changes over {expected.Length} days");
    }

    private static bool BothPresent(BarFrame frame, int i) => frame.Symbols.All(s => s.Presence[i] == BarPresence.Present);

    /// <summary>W1 as written: d_t from closes on the dates both files have; sI/sQ counters; target IWM/QQQ/unchanged from cash.</summary>
    private static (DateOnly Date, int SI, int SQ, Regime Target)[] W1(DateOnly first, DateOnly last, int n)
    {
        var ci = MarketFixture.Closes("IWM");
        var cq = MarketFixture.Closes("QQQ");
        var dates = ci.Keys.Where(d => cq.ContainsKey(d) && d >= first && d <= last).ToArray();
        var rows = new (DateOnly, int, int, Regime)[dates.Length];
        int si = 0, sq = 0;
        var target = Regime.Neutral;
        rows[0] = (dates[0], 0, 0, target);
        for (var t = 1; t < dates.Length; t++)
        {
            var d = (ci[dates[t]] / ci[dates[t - 1]]) - (cq[dates[t]] / cq[dates[t - 1]]);
            (si, sq) = d > 0 ? (si + 1, 0) : d < 0 ? (0, sq + 1) : (0, 0);
            target = si >= n ? Regime.SmallCaps : sq >= n ? Regime.LargeTech : target;
            rows[t] = (dates[t], si, sq, target);
        }

        return rows;
    }
}
