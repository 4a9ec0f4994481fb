using Backtest.Data.Calendar;
using Backtest.Data.Errors;

namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// Cuts a time axis into walk-forward windows. Only whole windows are made: the periods after the last whole
/// out-of-sample window are not tested, and the caller can see that from the last window's end.
/// </summary>
public static class WalkForwardWindows
{
    /// <summary>Windows over the trading days of <paramref name="calendar"/> from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static IReadOnlyList<WalkForwardWindow> Create(TradingCalendar calendar, DateOnly first, DateOnly last, WalkForwardOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Create(calendar.TradingDays(first, last).ToArray(), options);
    }

    /// <summary>Windows over <paramref name="periods"/> (strictly increasing dates).</summary>
    /// <exception cref="DataException">Non-positive lengths, a step below the out-of-sample length, unordered
    /// periods, or an axis too short for one window.</exception>
    public static IReadOnlyList<WalkForwardWindow> Create(IReadOnlyList<DateOnly> periods, WalkForwardOptions options)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(options);
        Check(periods, options);
        var windows = new List<WalkForwardWindow>();
        for (var k = 0; ; k++)
        {
            var isFirst = options.Anchored ? 0 : k * options.EffectiveStep;
            var isLast = options.Anchored
                ? options.InSampleLength - 1 + (k * options.EffectiveStep)
                : isFirst + options.InSampleLength - 1;
            var oosFirst = isLast + 1;
            var oosLast = oosFirst + options.OutOfSampleLength - 1;
            if (oosLast >= periods.Count)
            {
                break;
            }

            windows.Add(new WalkForwardWindow(
                k + 1, isFirst, isLast, oosFirst, oosLast, periods[isFirst], periods[isLast], periods[oosFirst], periods[oosLast]));
        }

        if (windows.Count == 0)
        {
            throw new DataException(
                $"walk-forward: {periods.Count} periods are fewer than one window needs ({options.InSampleLength} in-sample + {options.OutOfSampleLength} out-of-sample). Shorten the windows or widen the dates.");
        }

        return windows;
    }

    private static void Check(IReadOnlyList<DateOnly> periods, WalkForwardOptions options)
    {
        if (options.InSampleLength < 1 || options.OutOfSampleLength < 1 || options.EffectiveStep < 1)
        {
            throw new DataException("walk-forward: in-sample length, out-of-sample length and step must be positive. Give lengths of 1 period or more.");
        }

        if (options.EffectiveStep < options.OutOfSampleLength)
        {
            throw new DataException(
                $"walk-forward: step {options.EffectiveStep} is below the out-of-sample length {options.OutOfSampleLength}, so out-of-sample windows would overlap. Use a step of at least the out-of-sample length.");
        }

        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i] <= periods[i - 1])
            {
                throw new DataException($"walk-forward: the time axis is not strictly increasing at {periods[i]:yyyy-MM-dd}. Pass the trading days in order, once each.");
            }
        }
    }
}
