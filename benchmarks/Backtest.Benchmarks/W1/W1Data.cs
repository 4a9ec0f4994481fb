using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Loading;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Scheduling;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// The W1 inputs: IWM and QQQ daily CSVs from the shared data folder (never copied into the repository), restricted to
/// 2001-01-02..2026-06-12. The folder is <c>$W1_DATA</c> when set, else shared/data/market/daily beside the repository.
/// </summary>
internal sealed class W1Data
{
    public static readonly DateOnly First = new(2001, 1, 2);
    public static readonly DateOnly Last = new(2026, 6, 12);

    private W1Data(string folder, TradingCalendar calendar, BarFrame frame)
    {
        Folder = folder;
        Calendar = calendar;
        Frame = frame;
        Schedules = new ScheduleCache(calendar);
    }

    /// <summary>Series storage reused by sweep trials, as the launcher's sweep reuses it.</summary>
    public ResultBufferPool Buffers { get; } = new();

    /// <summary>Shared by the sweep trials over this data, as the launcher's sweep shares one.</summary>
    public ScheduleCache Schedules { get; }

    public string Folder { get; }

    public TradingCalendar Calendar { get; }

    public BarFrame Frame { get; }

    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("W1_DATA") is { Length: > 0 } folder ? folder : BesideRepository();

    /// <summary>The first ancestor of the binary with a sibling shared/data/market/daily (the layout CI uses).</summary>
    private static string BesideRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "market", "daily");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/market/daily not found beside the repository; set W1_DATA to the folder holding IWM.csv and QQQ.csv.");
    }

    public static TradingCalendar BuildCalendar() => UsEquityCalendarRules.Build(1990, 2030);

    public static BarFrame LoadFrame(string folder, TradingCalendar calendar) =>
        FrameLoader.FromCsvFolder(folder, ["IWM", "QQQ"], First, Last, calendar);

    public static W1Data Load(string? folder = null)
    {
        var path = folder ?? DefaultFolder;
        var calendar = BuildCalendar();
        return new W1Data(path, calendar, LoadFrame(path, calendar));
    }
}
