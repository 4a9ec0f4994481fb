using System.Diagnostics;
using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Data.Synthetic;
using Backtest.Engine.Backtesting;

namespace Backtest.Benchmarks.W3;

/// <summary>
/// One W3 point, meant to run in its own process so the peak working set belongs to that point alone: generates
/// S symbols x Y years of synthetic bars into the folder (when it holds no SYNTHETIC marker yet), loads them, runs
/// <see cref="MomentumRotation"/> (or its non-trading Idle form) once cold and then several times warm and prints one tab-separated line of figures.
/// </summary>
internal static class ScalingPoint
{
    private static readonly DateOnly FirstDate = new(2000, 1, 3);

    /// <summary>Warm runs after the cold one: at least <see cref="MinWarmRuns"/>, then more until they have taken
    /// <see cref="WarmBudgetMs"/> (at most <see cref="MaxWarmRuns"/>). The reported time is their median, allocation and
    /// GC pause their mean.</summary>
    private const int MinWarmRuns = 5;

    private const int MaxWarmRuns = 101;

    private const double WarmBudgetMs = 1000;

    public static int Execute(string folder, int symbols, int years, bool idle = false)
    {
        var sw = Stopwatch.StartNew();
        if (!File.Exists(Path.Combine(folder, "SYNTHETIC")))
        {
            SyntheticSample.WriteScaling(folder, SyntheticSample.DefaultSeed, symbols, years, FirstDate);
        }

        var generateMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(folder, "market-hours", "market-hours-database.json"));
        var tickers = Enumerable.Range(1, symbols).Select(i => string.Create(CultureInfo.InvariantCulture, $"SYN{i:D4}")).ToArray();
        var last = FirstDate.AddYears(years).AddDays(-1);
        var frame = FrameLoader.FromLean(folder, tickers, Resolution.Daily, FirstDate, last, calendar);
        var loadMs = sw.Elapsed.TotalMilliseconds;
        var options = new BacktestOptions { EndDateOverride = last };
        sw.Restart();
        var cold = new BacktestEngine(frame, calendar, options).Run(new MomentumRotation(tickers, FirstDate) { Idle = idle });
        var coldMs = sw.Elapsed.TotalMilliseconds;
        // The warm figure is the median of several runs: a single one still catches the runtime promoting methods to
        // optimized code and other work on the machine (S = 100, Y = 25 measured 45-76 ms in six consecutive runs), and
        // five runs of a short point (S = 10: ~8 ms each) are still inside that promotion (medians 8-13 ms, minima 3-7).
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var warmTimes = new List<double>();
        var spent = 0.0;
        MomentumRotation strategy = null!;
        BacktestResult warm = null!;
        while (warmTimes.Count < MinWarmRuns || (spent < WarmBudgetMs && warmTimes.Count < MaxWarmRuns))
        {
            sw.Restart();
            strategy = new MomentumRotation(tickers, FirstDate) { Idle = idle };
            warm = new BacktestEngine(frame, calendar, options).Run(strategy);
            warmTimes.Add(sw.Elapsed.TotalMilliseconds);
            spent += warmTimes[^1];
        }

        var warmRuns = warmTimes.Count;
        warmTimes.Sort();
        var warmMs = warmTimes[warmRuns / 2];
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / warmRuns;
        var pauseMs = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / warmRuns;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        // A run of one week: set-up and finish costs without the loop.
        sw.Restart();
        new BacktestEngine(frame, calendar, new BacktestOptions { EndDateOverride = FirstDate.AddDays(7) }).Run(new MomentumRotation(tickers, FirstDate) { Idle = idle });
        var weekMs = sw.Elapsed.TotalMilliseconds;
        var days = frame.Index.Count;
        var bars = (double)days * symbols;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"W3{(idle ? "-idle" : "")}\tS={symbols}\tY={years}\tdays={days}\tgenerate_ms={generateMs:F0}\tload_ms={loadMs:F0}\trun_cold_ms={coldMs:F1}\twarm_runs={warmRuns}\trun_warm_ms={warmMs:F1}\trun_warm_min_ms={warmTimes[0]:F1}\trun_warm_max_ms={warmTimes[^1]:F1}\tone_week_run_ms={weekMs:F1}\tgc_pause_ms={pauseMs:F1}\tgen2={gen2}\tondata_ms={strategy.OnDataTicks * 1000.0 / Stopwatch.Frequency:F1}\tns_per_bar={warmMs * 1e6 / bars:F1}\talloc_bytes_per_bar={allocated / bars:F1}\tpeak_ws_MiB={peak / 1048576.0:F1}\tpeak_bytes_per_bar={peak / bars:F0}\torders={warm.TotalOrders}\tfinal={warm.EndEquity:F2}"));
        return cold.EndEquity == warm.EndEquity ? 0 : 1;
    }
}
