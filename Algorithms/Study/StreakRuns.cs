using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Signals;
using Backtest.Data.Frames;

namespace Backtest.Algorithms.Study;

/// <summary>
/// Finds streak runs with exactly <see cref="StreakSignal"/>'s day rule (minimum excess 0): a day is won by the side
/// with the strictly higher daily return; an equal or NaN day ends both runs.
/// </summary>
public static class StreakRuns
{
    /// <summary>
    /// All runs of at least <paramref name="minLength"/> days within periods [first, last] of the index, in
    /// chronological order. Returns are fractions per period (e.g. from <see cref="BasketReturns"/>). A run in progress
    /// at <paramref name="first"/> is counted from <paramref name="first"/> only; one in progress at
    /// <paramref name="last"/> ends there.
    /// </summary>
    /// <exception cref="ArgumentException">Array lengths differ from the index or the range is outside it.</exception>
    public static IReadOnlyList<StreakRun> Find(TimeIndex index, double[] smallReturns, double[] largeReturns, int first, int last, int minLength = 1)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(smallReturns);
        ArgumentNullException.ThrowIfNull(largeReturns);
        if (smallReturns.Length != index.Count || largeReturns.Length != index.Count || first < 0 || last >= index.Count)
        {
            throw new ArgumentException("Return arrays must match the index and the range must lie inside it.", nameof(index));
        }

        var runs = new List<StreakRun>();
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 1000));
        for (var i = first; i <= last; i++)
        {
            var before = (signal.SmallStreak, signal.LargeStreak);
            signal.Update(index.EndTimes[i], smallReturns[i], largeReturns[i]);
            if (before.SmallStreak > 0 && signal.SmallStreak == 0)
            {
                Add(runs, index, StreakSide.SmallBeatsLarge, i - 1, before.SmallStreak, minLength);
            }

            if (before.LargeStreak > 0 && signal.LargeStreak == 0)
            {
                Add(runs, index, StreakSide.LargeBeatsSmall, i - 1, before.LargeStreak, minLength);
            }
        }

        Add(runs, index, StreakSide.SmallBeatsLarge, last, signal.SmallStreak, minLength);
        Add(runs, index, StreakSide.LargeBeatsSmall, last, signal.LargeStreak, minLength);
        return runs;
    }

    /// <summary>The longest and last runs of each side between two dates (inclusive) for two baskets on a frame.</summary>
    /// <exception cref="ArgumentException">A basket member is not in the frame, or no trading period lies in the range.</exception>
    public static StreakSummary Summarize(BarFrame frame, Basket small, Basket large, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        var (from, to) = PeriodRange(frame.Index, first, last);
        var runs = Find(frame.Index, BasketReturns.Compute(frame, small), BasketReturns.Compute(frame, large), from, to);
        StreakRun? longestSmall = null, lastSmall = null, longestLarge = null, lastLarge = null;
        foreach (var run in runs)
        {
            if (run.Side == StreakSide.SmallBeatsLarge)
            {
                longestSmall = longestSmall is null || run.Length > longestSmall.Value.Length ? run : longestSmall;
                lastSmall = run;
            }
            else
            {
                longestLarge = longestLarge is null || run.Length > longestLarge.Value.Length ? run : longestLarge;
                lastLarge = run;
            }
        }

        return new StreakSummary(small.Name, large.Name, first, last, longestSmall, lastSmall, longestLarge, lastLarge);
    }

    /// <summary>First and last period indices whose dates lie in [first, last].</summary>
    /// <exception cref="ArgumentException">No period lies in the range.</exception>
    internal static (int From, int To) PeriodRange(TimeIndex index, DateOnly first, DateOnly last)
    {
        var from = index.LowerBound(first.ToDateTime(TimeOnly.MinValue));
        var to = index.LowerBound(last.AddDays(1).ToDateTime(TimeOnly.MinValue)) - 1;
        if (from > to)
        {
            throw new ArgumentException($"No trading period of the frame lies between {first:yyyy-MM-dd} and {last:yyyy-MM-dd}.", nameof(first));
        }

        return (from, to);
    }

    private static void Add(List<StreakRun> runs, TimeIndex index, StreakSide side, int end, int length, int minLength)
    {
        if (length >= minLength && length > 0)
        {
            var start = end - length + 1;
            runs.Add(new StreakRun(side, DateOf(index, start), DateOf(index, end), start, end));
        }
    }

    private static DateOnly DateOf(TimeIndex index, int i) => DateOnly.FromDateTime(index.StartTimes[i]);
}
