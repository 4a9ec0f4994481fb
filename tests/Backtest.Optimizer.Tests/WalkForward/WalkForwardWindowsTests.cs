using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Optimizer.WalkForward;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Optimizer.Tests.WalkForward;

public sealed class WalkForwardWindowsTests
{
    private static readonly DateOnly[] Days = Enumerable.Range(0, 20).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToArray();

    [Fact]
    public void Create_Rolling_WholeWindowsTilingOutOfSample()
    {
        var windows = WalkForwardWindows.Create(Days, new WalkForwardOptions(6, 3));

        // IS 0-5 / OOS 6-8, 3-8 / 9-11, 6-11 / 12-14, 9-14 / 15-17; the next OOS (18-20) passes the last index 19.
        Assert.Equal(
            ["0-5/6-8", "3-8/9-11", "6-11/12-14", "9-14/15-17"],
            windows.Select(w => $"{w.InSampleFirst}-{w.InSampleLast}/{w.OutOfSampleFirst}-{w.OutOfSampleLast}"));
        Assert.Equal(new DateOnly(2024, 1, 7), windows[0].OutOfSampleStart);
    }

    [Fact]
    public void Create_Anchored_InSampleGrowsFromFirstPeriod()
    {
        var windows = WalkForwardWindows.Create(Days, new WalkForwardOptions(6, 3, Anchored: true));

        Assert.Equal(
            ["0-5/6-8", "0-8/9-11", "0-11/12-14", "0-14/15-17"],
            windows.Select(w => $"{w.InSampleFirst}-{w.InSampleLast}/{w.OutOfSampleFirst}-{w.OutOfSampleLast}"));
    }

    [Fact]
    public void Create_TradingCalendar_SkipsHolidaysAndWeekends()
    {
        var calendar = UsEquityCalendarRules.Build(2024, 2024);

        var windows = WalkForwardWindows.Create(calendar, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), new WalkForwardOptions(20, 10));

        // 2024-01-01 is a holiday; the 20th trading day is Jan 30 (MLK day Jan 15 is closed), OOS starts Jan 31.
        Assert.Equal(new DateOnly(2024, 1, 2), windows[0].InSampleStart);
        Assert.Equal(new DateOnly(2024, 1, 30), windows[0].InSampleEnd);
        Assert.Equal(new DateOnly(2024, 1, 31), windows[0].OutOfSampleStart);
    }

    [Fact]
    public void Create_AnyLengths_OutOfSampleNeverOverlapsInSampleOrOtherOutOfSample()
    {
        var property = Prop.ForAll<PositiveInt, PositiveInt, NonNegativeInt>((isLength, oosLength, extraStep) =>
            Holds(isLength.Get, oosLength.Get, extraStep.Get, anchored: false) && Holds(isLength.Get, oosLength.Get, extraStep.Get, anchored: true));

        Check.QuickThrowOnFailure(property);
    }

    private static bool Holds(int isLength, int oosLength, int extraStep, bool anchored)
    {
        var options = new WalkForwardOptions((isLength % 40) + 1, (oosLength % 15) + 1, (oosLength % 15) + 1 + (extraStep % 5), anchored);
        var days = Enumerable.Range(0, 200).Select(i => new DateOnly(2020, 1, 1).AddDays(i * 2)).ToArray();
        IReadOnlyList<WalkForwardWindow> windows;
        try
        {
            windows = WalkForwardWindows.Create(days, options);
        }
        catch (DataException)
        {
            return options.InSampleLength + options.OutOfSampleLength > days.Length;
        }

        var noLeak = windows.All(w => w.OutOfSampleFirst > w.InSampleLast && w.OutOfSampleStart > w.InSampleEnd
            && w.OutOfSampleLast - w.OutOfSampleFirst + 1 == options.OutOfSampleLength);
        var disjoint = windows.Zip(windows.Skip(1)).All(p => p.Second.OutOfSampleFirst > p.First.OutOfSampleLast);
        return noLeak && disjoint && windows[^1].OutOfSampleLast < days.Length;
    }

    [Fact]
    public void Create_StepBelowOutOfSample_Throws()
    {
        Assert.Throws<DataException>(() => WalkForwardWindows.Create(Days, new WalkForwardOptions(6, 3, Step: 2)));
    }

    [Fact]
    public void Create_TooShort_Throws()
    {
        Assert.Throws<DataException>(() => WalkForwardWindows.Create(Days, new WalkForwardOptions(15, 6)));
    }
}
