using Backtest.Data.Model;

namespace Backtest.Data.Frames;

/// <summary>
/// The master time axis of a run: one entry per trading period (day or hour) of the calendar,
/// in ascending order. Start and end are New York local times; a bar becomes visible at its end.
/// Immutable and shareable across threads.
/// </summary>
public sealed class TimeIndex
{
    public TimeIndex(Resolution resolution, DateTime[] startTimes, DateTime[] endTimes)
    {
        ArgumentNullException.ThrowIfNull(startTimes);
        ArgumentNullException.ThrowIfNull(endTimes);
        if (startTimes.Length != endTimes.Length)
        {
            throw new ArgumentException("Start and end arrays must have the same length.", nameof(endTimes));
        }

        for (var i = 1; i < startTimes.Length; i++)
        {
            if (startTimes[i] <= startTimes[i - 1])
            {
                throw new ArgumentException($"Time index is not strictly increasing at {i}.", nameof(startTimes));
            }
        }

        Resolution = resolution;
        StartTimes = startTimes;
        EndTimes = endTimes;
    }

    public Resolution Resolution { get; }

    /// <summary>Bar start times (do not mutate).</summary>
    public DateTime[] StartTimes { get; }

    /// <summary>Bar end times: the moment each bar becomes known (do not mutate).</summary>
    public DateTime[] EndTimes { get; }

    public int Count => StartTimes.Length;

    /// <summary>The first index whose start time is on or after <paramref name="time"/>, or <see cref="Count"/>.</summary>
    public int LowerBound(DateTime time)
    {
        var index = Array.BinarySearch(StartTimes, time);
        return index >= 0 ? index : ~index;
    }
}
