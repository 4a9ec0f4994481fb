using System.Globalization;
using Backtest.Data.Errors;
using Backtest.Data.Loading;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Optimizer;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Serilog;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// A walk-forward sweep (the optimization block's <c>walk-forward</c> key): windows over the trading days from the
/// config's start-date (else the data's first day) to its end-date (else the last), an in-sample search per window and
/// an out-of-sample run of its best, all in the one store so a rerun resumes. The report shows the windows, the
/// OOS-versus-IS degradation, and the trials of the last window's in-sample search (the parameters one would trade
/// next), whose top trials get tear sheets over that in-sample period, and the stitched out-of-sample equity, which is
/// also exported as walk-forward-equity.csv.
/// </summary>
internal sealed class WalkForwardFlow(LauncherServices services, TimeProvider clock, SqliteTrialStore store, SweepIdentity identity, SweepPlan plan, ILogger logger)
{
    /// <summary>What the flow needs from the handler besides the store.</summary>
    public sealed record Setup(LauncherOptions Options, DataSet Data, SweepTrial Trial, SweepReportWriter Report, string Algorithm, int Workers, int Top, string Folder, IReadOnlyList<string> Exports);

    public int Run(Setup setup, CancellationToken cancellation)
    {
        var periods = Periods(setup.Options, setup.Data);
        var windows = Windows(periods);
        store.RecordTradingDates(periods);
        services.Out.WriteLine(Invariant($"Walk-forward {setup.Algorithm}: {windows.Count} windows, {plan.Search} search, {setup.Workers} workers, store {store.Path}"));
        var options = new SweepRunnerOptions
        {
            MaxDegreeOfParallelism = setup.Workers,
            Progress = new SweepProgressLog(new Progress<long>(), logger, clock, SweepHandler.LogInterval, plan.Objective.Target).Report,
        };
        var result = new WalkForwardSweep(store, identity, plan.Objective, clock, options)
            .Run(windows, plan.CreateSearch, (p, period, token) => setup.Trial.Run(p, period, token), cancellation);
        if (result.Cancelled)
        {
            services.Error.WriteLine($"backtest: walk-forward cancelled (Ctrl-C); finished trials are kept in {store.Path}; run the same command again to resume.");
            return ExitCodes.Cancelled;
        }

        Print(result);
        SweepHandler.WriteExports(services.Out, store.ReadAll(), setup.Folder, setup.Exports);
        var names = plan.Space.Dimensions.Select(d => d.Name).ToArray();
        services.Out.WriteLine("Exported: " + WalkForwardCurve.Write(WalkForwardCurve.Build(result, periods), result, names, setup.Folder));
        try
        {
            WriteReport(setup, result, periods, cancellation);
        }
        catch (FileNotFoundException e)
        {
            logger.Warning("Sweep report not written: {Reason}", e.Message);
        }

        return ExitCodes.Success;
    }

    /// <summary>The trading days from the config's start-date (else the data's first day) to its end-date (else the last).</summary>
    private static DateOnly[] Periods(LauncherOptions options, DataSet data)
    {
        var index = data.Frame.Index;
        var first = options.StartDate ?? DateOnly.FromDateTime(index.StartTimes[0]);
        var last = options.EndDate ?? DateOnly.FromDateTime(index.StartTimes[^1]);
        return [.. data.Calendar.TradingDays(first, last)];
    }

    private IReadOnlyList<WalkForwardWindow> Windows(IReadOnlyList<DateOnly> periods)
    {
        try
        {
            return WalkForwardWindows.Create(periods, plan.WalkForward!);
        }
        catch (DataException e) when (e is not ConfigException)
        {
            throw new ConfigException("$.optimization.walk-forward: " + e.Message, e) { JsonPath = "$.optimization.walk-forward" };
        }
    }

    private void Print(WalkForwardResult result)
    {
        foreach (var w in result.Windows)
        {
            var best = w.InSampleBest?.Canonical ?? "none accepted";
            services.Out.WriteLine(Invariant($"  w{w.Window.Number:000} IS {w.Window.InSampleStart:yyyy-MM-dd}..{w.Window.InSampleEnd:yyyy-MM-dd} {plan.Objective.Target} {w.InSampleScore?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, OOS {w.Window.OutOfSampleStart:yyyy-MM-dd}..{w.Window.OutOfSampleEnd:yyyy-MM-dd} {w.OutOfSampleScore?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}; best {best}"));
        }

        services.Out.WriteLine(result.Degradation is { } d
            ? Invariant($"Walk-forward degradation (1 - mean OOS / mean IS): {d.Degradation:0.000}")
            : "Walk-forward degradation: n/a (no window ran out of sample)");
    }

    private void WriteReport(Setup setup, WalkForwardResult result, IReadOnlyList<DateOnly> periods, CancellationToken cancellation)
    {
        var input = WalkForwardReport.Input(setup.Algorithm, plan, identity, store.ReadAll(), result, periods,
            (ranked, period) => setup.Report.TopTearSheets(ranked, setup.Top, period, cancellation));
        services.Out.WriteLine("Report: " + setup.Report.Write(input));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
