using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Signals;
using Backtest.Data.Frames;

namespace Backtest.Algorithms.Study;

/// <summary>
/// Forward returns of a small and a large basket after event days, against the same figures over every day of the
/// period. Basket returns come from <see cref="BasketReturns"/> (Adjusted prices, point-in-time membership). An event
/// day or unconditional start day t counts for horizon h when t lies in [First, Last] and the frame has h further
/// periods with a defined return for both baskets; the forward return is Π(1 + r) over t+1..t+h, minus 1.
/// </summary>
public static class EventStudy
{
    /// <summary>
    /// Events are the days on which the small basket has beaten the large one exactly <paramref name="k"/> days in a
    /// row (the day a run reaches k, so one event per run; <see cref="StreakSignal"/>'s day rule). Runs of at least k
    /// days are listed unless <see cref="EventStudyOptions.MinRunLength"/> says otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">k is outside 1..1000 or the options are invalid.</exception>
    /// <exception cref="ArgumentException">A basket member is not in the frame, or no period lies in the range.</exception>
    public static EventStudyResult SmallBeatsLargeStreak(BarFrame frame, Basket small, Basket large, int k, EventStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        ArgumentNullException.ThrowIfNull(options);
        var smallReturns = BasketReturns.Compute(frame, small);
        var largeReturns = BasketReturns.Compute(frame, large);
        var events = StreakEvents(frame.Index, smallReturns, largeReturns, k);
        var name = $"{small.Name} beats {large.Name} {k} days in a row";
        return Run(frame.Index, small.Name, large.Name, smallReturns, largeReturns, events, name, options with { MinRunLength = options.MinRunLength ?? k });
    }

    /// <summary>Events from any boolean series aligned to the frame's index (true = event at that day's close).</summary>
    /// <exception cref="ArgumentException">The series length differs from the index, a member is missing, or the range is empty.</exception>
    public static EventStudyResult FromEvents(BarFrame frame, Basket small, Basket large, bool[] events, string eventName, EventStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        var smallReturns = BasketReturns.Compute(frame, small);
        var largeReturns = BasketReturns.Compute(frame, large);
        return Run(frame.Index, small.Name, large.Name, smallReturns, largeReturns, events, eventName, options);
    }

    /// <summary>True at each period where the small streak (StreakSignal, minimum excess 0) equals k.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is outside 1..1000.</exception>
    public static bool[] StreakEvents(TimeIndex index, double[] smallReturns, double[] largeReturns, int k)
    {
        ArgumentNullException.ThrowIfNull(index);
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: k));
        var events = new bool[index.Count];
        for (var i = 0; i < events.Length; i++)
        {
            signal.Update(index.EndTimes[i], smallReturns[i], largeReturns[i]);
            events[i] = signal.SmallStreak == k;
        }

        return events;
    }

    private static EventStudyResult Run(
        TimeIndex index, string smallName, string largeName, double[] small, double[] large, bool[] events, string eventName, EventStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        if (events.Length != index.Count)
        {
            throw new ArgumentException($"The event series has {events.Length} entries but the index has {index.Count}.", nameof(events));
        }

        var horizons = options.ValidHorizons();
        var (from, to) = StreakRuns.PeriodRange(index, options.First, options.Last);
        var results = new HorizonResult[horizons.Length];
        for (var j = 0; j < horizons.Length; j++)
        {
            var h = horizons[j];
            results[j] = new HorizonResult(h, Stats(small, large, from, to, h, events), Stats(small, large, from, to, h, null));
        }

        var eventDays = 0;
        for (var t = from; t <= to; t++)
        {
            eventDays += events[t] ? 1 : 0;
        }

        var runs = StreakRuns.Find(index, small, large, from, to, options.MinRunLength ?? 5)
            .Where(r => r.Side == StreakSide.SmallBeatsLarge).ToArray();
        return new EventStudyResult(smallName, largeName, eventName, options.First, options.Last, eventDays, results, runs);
    }

    private static ForwardReturnStats Stats(double[] small, double[] large, int from, int to, int h, bool[]? events)
    {
        var s = new List<double>();
        var l = new List<double>();
        for (var t = from; t <= to && t + h < small.Length; t++)
        {
            if (events is not null && !events[t])
            {
                continue;
            }

            var fs = Forward(small, t, h);
            var fl = Forward(large, t, h);
            if (double.IsFinite(fs) && double.IsFinite(fl))
            {
                s.Add(fs);
                l.Add(fl);
            }
        }

        return Summarise(s, l);
    }

    private static double Forward(double[] returns, int t, int h)
    {
        var growth = 1.0;
        for (var i = t + 1; i <= t + h; i++)
        {
            growth *= 1.0 + returns[i];
        }

        return growth - 1.0;
    }

    private static ForwardReturnStats Summarise(List<double> small, List<double> large)
    {
        var n = small.Count;
        if (n == 0)
        {
            return new ForwardReturnStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var diff = new double[n];
        int posSmall = 0, posLarge = 0, beats = 0;
        for (var i = 0; i < n; i++)
        {
            diff[i] = small[i] - large[i];
            posSmall += small[i] > 0 ? 1 : 0;
            posLarge += large[i] > 0 ? 1 : 0;
            beats += diff[i] > 0 ? 1 : 0;
        }

        return new ForwardReturnStats(
            n, small.Average(), Median(small), large.Average(), Median(large), diff.Average(), Median(diff),
            (double)posSmall / n, (double)posLarge / n, (double)beats / n);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
