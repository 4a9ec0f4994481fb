using Backtest.Algorithms.Study;
using Backtest.Algorithms.Tests.Baskets;

namespace Backtest.Algorithms.Tests.Study;

/// <summary>The January 2026 small-cap streak (CONTEXT.md) in shared/data/market.</summary>
public sealed class StreakRunsMarketDataTests
{
    [Fact]
    public void Summarize_IwmVsSpyJanuary2026_RunOf14DaysFromJan2ToJan22()
    {
        var frame = MarketFixture.Load(new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 31), "IWM", "SPY");

        var summary = StreakRuns.Summarize(frame, StreakRunsTests.One("IWM"), StreakRunsTests.One("SPY"), new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 31));

        // The news says 13 (some sources 14 or 15) trading days. In these adjusted closes IWM's daily return beat SPY's
        // on every trading day from 2026-01-02 (vs 2025-12-31) through 2026-01-22: 14 days; it lost on 01-23.
        var run = summary.LongestSmall!.Value;
        Assert.Equal((new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 22), 14), (run.Start, run.End, run.Length));
        Assert.Equal(Independent("IWM", "SPY", new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 23)), run.Length);
    }

    [Fact]
    public void SmallBeatsLargeStreak_IwmVsSpy2008To2026_ListsTheJanuary2026Run()
    {
        var frame = MarketFixture.Load(new DateOnly(2008, 1, 2), new DateOnly(2026, 6, 12), "IWM", "SPY");
        var options = new EventStudyOptions(new DateOnly(2008, 1, 2), new DateOnly(2026, 6, 12));

        var result = EventStudy.SmallBeatsLargeStreak(frame, StreakRunsTests.One("IWM"), StreakRunsTests.One("SPY"), 10, options);

        Assert.Contains(result.Runs, r => r.Start == new DateOnly(2026, 1, 2) && r.Length == 14);
        Assert.Equal(result.Runs.Count, result.EventDays);
        Assert.Equal([1, 5, 21, 63, 126], result.Horizons.Select(h => h.Horizon));
    }

    [Fact]
    public void Writers_IwmVsSpyStudy_SameBytesOnRepeatedRuns()
    {
        var frame = MarketFixture.Load(new DateOnly(2001, 1, 2), new DateOnly(2026, 6, 12), "IWM", "SPY");
        var options = new EventStudyOptions(new DateOnly(2001, 1, 2), new DateOnly(2026, 6, 12));

        var first = Csv(EventStudy.SmallBeatsLargeStreak(frame, StreakRunsTests.One("IWM"), StreakRunsTests.One("SPY"), 7, options));
        var second = Csv(EventStudy.SmallBeatsLargeStreak(frame, StreakRunsTests.One("IWM"), StreakRunsTests.One("SPY"), 7, options));

        Assert.Equal(first, second);
        TestContext.Current.TestOutputHelper?.WriteLine(first);
    }

    private static string Csv(EventStudyResult result)
    {
        using var writer = new StringWriter();
        EventStudyCsvWriter.WriteHorizons(result, writer);
        EventStudyCsvWriter.WriteRuns(result, writer);
        return writer.ToString();
    }

    /// <summary>Consecutive days from <paramref name="start"/> on which a's close-to-close return beat b's, from the raw CSVs.</summary>
    private static int Independent(string a, string b, DateOnly start, DateOnly end)
    {
        var ca = MarketFixture.Closes(a);
        var cb = MarketFixture.Closes(b);
        var days = ca.Keys.Where(cb.ContainsKey).ToArray();
        var count = 0;
        for (var i = Array.IndexOf(days, start); days[i] <= end; i++)
        {
            if (ca[days[i]] / ca[days[i - 1]] <= cb[days[i]] / cb[days[i - 1]])
            {
                break;
            }

            count++;
        }

        return count;
    }
}
