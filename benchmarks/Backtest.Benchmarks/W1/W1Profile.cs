using System.Diagnostics;
using System.Globalization;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Statistics;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// Where W1's time goes, by Stopwatch in one process: calendar build, CSV load, first (cold, JIT) run, warm runs
/// (median and range of 21), statistics, and the 100-trial sweep on 1 and 2 workers (median of 5). Also the bytes
/// allocated by one warm run and by a second run with N = 100, whose difference is the per-order share.
/// </summary>
internal static class W1Profile
{
    public static void Execute()
    {
        var sw = Stopwatch.StartNew();
        var calendar = W1Data.BuildCalendar();
        Report("calendar build (cold)", sw.Elapsed.TotalMilliseconds);
        sw.Restart();
        _ = W1Data.LoadFrame(W1Data.DefaultFolder, calendar);
        Report("CSV load IWM+QQQ (cold)", sw.Elapsed.TotalMilliseconds);
        var loads = Measure(11, () => W1Data.LoadFrame(W1Data.DefaultFolder, calendar));
        Report("CSV load IWM+QQQ (warm, median)", loads);
        var data = W1Data.Load();
        sw.Restart();
        var first = W1Run.Run(data, 5);
        Report("first run N=5 (cold, includes JIT)", sw.Elapsed.TotalMilliseconds);
        Report("warm-up: 60 more runs so tiered JIT settles (median)", Measure(60, () => W1Run.Run(data, 5)));
        Report("run N=5 (warm, median of 21)", Measure(21, () => W1Run.Run(data, 5)));
        Report("run N=100 (warm, median of 21)", Measure(21, () => W1Run.Run(data, 100)));
        Report("sweep trial N=5, no plots, pooled series as the launcher runs it (warm, median of 21)", Measure(21, () => W1Run.TrialEquity(data, 5)));
        Report("run N=100 to 2001-01-31 only: fixed set-up + finish cost (median of 21)", Measure(21, () => W1Run.Run(data, 100, new DateOnly(2001, 1, 31))));
        Report("run N=100 to 2013-12-31 (median of 21)", Measure(21, () => W1Run.Run(data, 100, new DateOnly(2013, 12, 31))));
        Report("statistics for N=5 result (median of 21)", Measure(21, () => StatisticsBuilder.Build(first, _ => 0.01)));
        ReportAllocation(data);
        ReportSweeps(data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MiB"));
    }

    /// <summary>Only the sweep timings, after two warm-up sweeps; prints the GC mode so runs under DOTNET_gcServer can be told apart.</summary>
    public static void ExecuteSweep()
    {
        var data = W1Data.Load();
        WarmUpBySweeps(data, 2);
        Console.WriteLine($"GC: server={System.Runtime.GCSettings.IsServerGC}, latency={System.Runtime.GCSettings.LatencyMode}");
        ReportSweeps(data);
    }

    /// <summary>
    /// The sweep's trials one after another on one thread, <paramref name="rounds"/> times over N = 1..100 after two
    /// warm-up sweeps: each N's median, and their sum beside the sequential sweep's own time, to show which trials
    /// the sweep's time goes to.
    /// </summary>
    public static void ExecuteSweepTrials(int rounds)
    {
        var data = W1Data.Load();
        WarmUpBySweeps(data, 1);
        var times = new double[100, rounds];
        var sweeps = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var n = 1; n <= 100; n++)
            {
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                W1Run.TrialEquity(data, n);
                times[n - 1, r] = System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }

            sweeps[r] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var sum = 0.0;
        for (var n = 1; n <= 100; n++)
        {
            var row = Enumerable.Range(0, rounds).Select(r => times[n - 1, r]).Order().ToArray();
            var median = row[rounds / 2];
            sum += median;
            if (n <= 12 || n % 10 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n,3}: {median:F3} ms"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sum of per-N medians {sum:F1} ms; sequential sweep median {sweeps.Order().ElementAt(rounds / 2):F1} ms"));
    }

    /// <summary>Many warm W1 runs back to back, so a sampling profiler (dotnet-trace) sees mostly the engine loop.</summary>
    public static void ExecuteHot(int runs, int threshold, bool trial, bool afterSweeps = false)
    {
        var data = W1Data.Load();
        if (afterSweeps)
        {
            // The code as a sweep leaves it: tiered up (and profiled) over trials N = 1..100, not over this N alone.
            WarmUpBySweeps(data, 1);
        }

        Func<double> run = trial ? () => W1Run.TrialEquity(data, threshold) : () => W1Run.Run(data, threshold).EndEquity;
        var pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var gen0 = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        Report(string.Create(CultureInfo.InvariantCulture, $"{runs} runs N={threshold}{(trial ? " as sweep trials" : "")} (median)"), Measure(runs, run));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC per run: pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / runs:F3} ms, gen0 {(GC.CollectionCount(0) - gen0) / (double)runs:F2}, gen2 {(GC.CollectionCount(2) - gen2) / (double)runs:F2}, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / runs:F1} KiB"));
    }

    /// <summary>LEAN's statistics of one W1 (N = 5) result computed many times, for a sampling profiler.</summary>
    public static void ExecuteHotStatistics(int runs)
    {
        var data = W1Data.Load();
        var result = W1Run.Run(data, 5);
        Report(string.Create(CultureInfo.InvariantCulture, $"{runs} statistics of the N=5 result (median)"), Measure(runs, () => StatisticsBuilder.Build(result, _ => 0.01)));
    }

    /// <summary>Two whole sweeps, so tiered compilation has promoted the code the way a sweep leaves it.</summary>
    private static void WarmUpBySweeps(W1Data data, int workers)
    {
        SweepBenchmarks.RunSweep(data, workers);
        SweepBenchmarks.RunSweep(data, workers);
    }

    private static void ReportSweeps(W1Data data)
    {
        for (var workers = 1; workers <= 2; workers++)
        {
            var w = workers;
            var before = GC.CollectionCount(0);
            var t = Measure(5, () => SweepBenchmarks.RunSweep(data, w));
            var gen0 = (GC.CollectionCount(0) - before) / 5.0;
            Report(string.Create(CultureInfo.InvariantCulture, $"sweep 100 trials, {w} worker(s) (median of 5; {gen0:F0} gen0 GCs per sweep)"), t);
        }
    }

    private static void ReportAllocation(W1Data data)
    {
        foreach (var n in new[] { 5, 100 })
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = W1Run.Run(data, n);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            var fills = result.OrderEvents.Count(e => e.IsFill);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated by one run N={n}: {bytes / 1024.0:F1} KiB ({bytes / 6399.0:F0} B per day), fills {fills}"));
        }

        // Marginal bytes per extra day, N = 100 (no trades): the result series are presized from the day count, so
        // part of this is output storage (about 6 TimeSample slots of 16 B per day), the rest is per-bar loop garbage.
        var shortEnd = new DateOnly(2013, 12, 31);
        var a = Allocated(() => W1Run.Run(data, 100, shortEnd));
        var b = Allocated(() => W1Run.Run(data, 100));
        var shortDays = data.Frame.Index.StartTimes.Count(t => DateOnly.FromDateTime(t) <= shortEnd);
        var extraDays = data.Frame.Index.Count - shortDays;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marginal allocation per day (N=100, {shortDays} vs {data.Frame.Index.Count} days): {(b - a) / (double)extraDays:F1} B"));
        var trialOptions = W1Run.SweepOptions with { EndDateOverride = shortEnd, ScheduleCache = data.Schedules };
        var c = Allocated(() => new BacktestEngine(data.Frame, data.Calendar, trialOptions).Run(W1Run.CreateShipped(100)));
        var d = Allocated(() => W1Run.RunTrial(data, 100));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marginal allocation per day, no plots (N=100): {(d - c) / (double)extraDays:F1} B; one trial N=100 allocates {d / 1024.0:F1} KiB"));

        // As a sweep runs its trials: series storage reused through the pool (after one trial has filled it). The least
        // of three measurements each: one-time growth inside shared structures (the pool's bookkeeping) lands in
        // whichever trial happens to trigger it, and made the difference negative once.
        W1Run.TrialEquity(data, 100);
        var e = Enumerable.Range(0, 3).Min(_ => Allocated(() => W1Run.TrialEquity(data, 100, shortEnd)));
        var f = Enumerable.Range(0, 3).Min(_ => Allocated(() => W1Run.TrialEquity(data, 100)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marginal allocation per day, sweep trial with pooled series (N=100): {(f - e) / (double)extraDays:F1} B; one such trial allocates {f / 1024.0:F1} KiB"));
    }

    private static long Allocated(Func<object> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(action());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static (double Median, double Min, double Max) Measure<T>(int count, Func<T> action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[count / 2], times[0], times[^1]);
    }

    private static void Report(string what, double ms) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {ms:F3} ms"));

    private static void Report(string what, (double Median, double Min, double Max) t) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {t.Median:F3} ms (range {t.Min:F3}..{t.Max:F3})"));
}
