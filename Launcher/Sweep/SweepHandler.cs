using System.Globalization;
using System.Text;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Logging;
using Backtest.Optimizer;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;
using Serilog;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The sweep flow: load and validate everything (config, algorithm, plan, statistic names) before any trial, load
/// the data once, run the trials in parallel into the sweep folder's SQLite store (a rerun resumes from it), then
/// print the ranked best trials with the overfitting diagnostics, export the stored trials and write the sweep report
/// (report.html, with tear sheets of the top trials under trials/). <c>--report-only</c> skips the trials and rebuilds
/// the exports and the report from the store. The folder describes itself: sweep.json (the effective definition, see
/// <see cref="SweepDefinition"/>) is saved before any trial, and the store records the sweep period's trading days.
/// Ctrl-C stops starting trials; everything finished stays in the store and the exit code is 130.
/// </summary>
internal sealed class SweepHandler(LauncherServices services, LauncherSession session, TimeProvider clock)
{
    /// <summary>The progress log interval.</summary>
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);

    public int Run(SweepRequest request, CancellationToken cancellation)
    {
        var options = ConfigLoader.Load(new ConfigOverrides { ConfigPath = request.ConfigPath, LogLevel = request.LogLevel }, services.CurrentDirectory);
        var type = AlgorithmCatalog.Resolve(options.AlgorithmTypeName);
        AlgorithmCatalog.Create(type, options.Parameters);
        var plan = SweepPlanBuilder.Build(options.Optimization, type, options.Parameters);
        var workers = Workers(request.Workers, options.Optimization!);
        var exports = Exports(request.Exports);
        var top = TopCount(request.TopTearSheets);

        var identity = SweepFolder.Identity(options, type, services.Run.DataFingerprint(options, cancellation));
        var folder = Folder(request.OutputFolder, options, identity, type);
        var storePath = Path.Combine(folder, SweepFolder.StoreFileName);
        CheckReportOnly(request, plan, folder, storePath);

        Directory.CreateDirectory(folder);
        var logFile = Path.Combine(folder, "sweep.log");
        session.LogPath = logFile;
        using var logger = LogSetup.Create(options.LogLevel, services.ConsoleSink, logFile);
        var data = DataSet.Load(options.DataFolder, options.Resolution ?? Resolution.Daily, options.DataSource == DataSourceKind.Csv,
            (options.Benchmark ?? "SPY").ToUpperInvariant(), options.Rates);
        cancellation.ThrowIfCancellationRequested();

        using var store = SqliteTrialStore.Open(storePath, identity);
        SweepDefinition.From(options, type.Name, identity, top).Write(folder);
        var trial = new SweepTrial(options, type, data);
        var report = new SweepReportWriter(trial, folder, services.ProcessId, logger);
        if (plan.WalkForward is not null)
        {
            var flow = new WalkForwardFlow(services, clock, store, identity, plan, logger);
            return flow.Run(new WalkForwardFlow.Setup(options, data, trial, report, type.Name, workers, top, folder, exports), cancellation);
        }

        if (!request.ReportOnly)
        {
            RecordDates(store, trial, logger, cancellation);
        }

        if (!request.ReportOnly && RunTrials(store, identity, plan, trial, workers, type.Name, folder, logger, cancellation) is { } stopped)
        {
            return stopped;
        }

        return Finish(store, plan, folder, exports, logger, (trials, diagnostics) => WriteReport(report, store, plan, type.Name, top, identity, trials, diagnostics, cancellation));
    }

    /// <summary>Records the sweep period's trading days once per store, for the report's dated axis. Without them
    /// (the base run threw) the report counts trading days, so a failure only costs the dates.</summary>
    private static void RecordDates(SqliteTrialStore store, SweepTrial trial, ILogger logger, CancellationToken cancellation)
    {
        if (store.ReadTradingDates() is not null)
        {
            return;
        }

        try
        {
            store.RecordTradingDates(trial.TradingDates(cancellation));
        }
        catch (AlgorithmException e)
        {
            logger.Warning("Trading dates not recorded, the report counts trading days: {Reason}", e.Message);
        }
    }

    /// <summary>Runs the trials into the store; returns the exit code when cancelled, else null.</summary>
    private int? RunTrials(SqliteTrialStore store, SweepIdentity identity, SweepPlan plan, SweepTrial trial, int workers, string algorithm, string folder, ILogger logger, CancellationToken cancellation)
    {
        var estimate = plan.Search == SearchKind.Random ? Math.Min(plan.RandomCount, plan.Space.Estimate()) : plan.Space.Estimate();
        services.Out.WriteLine($"Sweep {algorithm}: {estimate} trials planned, {plan.Search} search, {workers} workers, store {store.Path}");
        logger.Information("Sweep {Algorithm} in {Folder}: {Estimate} points, {Workers} workers", algorithm, folder, estimate, workers);
        var result = services.Progress.Track("Sweep " + algorithm, estimate, display =>
            Execute(new SweepRunner(store, identity, plan.Objective, clock, new SweepRunnerOptions
            {
                MaxDegreeOfParallelism = workers,
                Progress = new SweepProgressLog(display, logger, clock, LogInterval, plan.Objective.Target).Report,
            }), plan, trial, cancellation));
        services.Out.WriteLine($"{result.Executed} executed, {result.Reused} reused from the store, {result.Failed} failed");
        if (!result.Cancelled)
        {
            return null;
        }

        services.Error.WriteLine($"backtest: sweep cancelled (Ctrl-C); {store.ReadAll().Count} trials are kept in {store.Path}; run the same command again to resume.");
        return ExitCodes.Cancelled;
    }

    private string Folder(string? given, LauncherOptions options, SweepIdentity identity, Type type) => given is not null
        ? Path.GetFullPath(given, services.CurrentDirectory)
        : Path.Combine(options.ResultsDestinationFolder, SweepFolder.Name(identity, options.Optimization!, type.Name));

    private static SweepResult Execute(SweepRunner runner, SweepPlan plan, SweepTrial trial, CancellationToken cancellation) =>
        runner.Run(plan.CreateSearch(), trial.Run, cancellation);

    private int Finish(SqliteTrialStore store, SweepPlan plan, string folder, IReadOnlyList<string> exports, ILogger logger, Action<TrialResult[], SweepDiagnosticsResult> writeReport)
    {
        var trials = store.ReadAll().Where(t => t.Scope.Length == 0).ToArray();
        var diagnostics = SweepDiagnostics.Compute(trials, plan.Space, plan.Objective);
        SweepSummary.Print(services.Out, trials, plan.Objective, diagnostics);
        WriteExports(services.Out, trials, folder, exports);
        logger.Information("Sweep finished: {Trials} trials, {Failed} failed", diagnostics.Trials, diagnostics.Failed);
        if (trials.Length > 0 && diagnostics.Finished == 0)
        {
            throw new AlgorithmException($"every trial failed; the first: {trials[0].Error}");
        }

        try
        {
            writeReport(trials, diagnostics);
        }
        catch (FileNotFoundException e)
        {
            // As for a single run: without the charting library the sweep's results still stand.
            logger.Warning("Sweep report not written: {Reason}", e.Message);
        }

        return ExitCodes.Success;
    }

    /// <summary>Re-runs the top trials for their tear sheets, then writes report.html beside the store (the trials and
    /// diagnostics are those just printed: PBO over thousands of splits is not computed twice).</summary>
    private void WriteReport(SweepReportWriter writer, SqliteTrialStore store, SweepPlan plan, string algorithm, int top, SweepIdentity identity,
        TrialResult[] trials, SweepDiagnosticsResult diagnostics, CancellationToken cancellation)
    {
        var ranked = SweepSummary.Rank(trials, plan.Objective).Select(p => p.Trial).ToArray();
        var links = writer.TopTearSheets(ranked, top, null, cancellation);
        var path = writer.Write(SweepReportBuilder.Build(algorithm, trials, plan, diagnostics, links, SweepReportBuilder.Facts(plan, identity),
            dates: store.ReadTradingDates()));
        services.Out.WriteLine("Report: " + path);
    }

    /// <summary>Writes trials.csv and/or trials.json into <paramref name="folder"/>.</summary>
    public static void WriteExports(TextWriter output, IReadOnlyList<TrialResult> trials, string folder, IReadOnlyList<string> exports)
    {
        foreach (var format in exports)
        {
            var path = Path.Combine(folder, "trials." + format);
            Export(trials, format, path);
            output.WriteLine("Exported: " + path);
        }
    }

    private static void CheckReportOnly(SweepRequest request, SweepPlan plan, string folder, string storePath)
    {
        if (request.ReportOnly && plan.WalkForward is not null)
        {
            throw ConfigException.At(null, "--report-only", null, "a walk-forward sweep rebuilds its report by running again",
                "Run the same command without --report-only: every stored trial is reused, none runs twice");
        }

        if (request.ReportOnly && !File.Exists(storePath))
        {
            throw ConfigException.At(null, "--report-only", folder, $"there is no sweep store at {storePath}",
                "Run the sweep first (the same command without --report-only), or pass --out with the sweep folder");
        }
    }

    /// <summary>
    /// Writes beside the target and renames, so an interrupted export never leaves half a file; a failed export (full
    /// disk) removes its temporary file and leaves the previous export as it was.
    /// </summary>
    private static void Export(IReadOnlyList<TrialResult> trials, string format, string path) =>
        AtomicFile.Write(path, stream =>
        {
            if (format == "csv")
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                TrialExporter.WriteCsv(trials, writer);
            }
            else
            {
                TrialExporter.WriteJson(trials, stream);
            }
        });

    private static int Workers(int? requested, OptimizationOptions block)
    {
        if (requested is { } n)
        {
            return n > 0 ? n : throw ConfigException.At(null, "--workers", n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "the number of workers must be at least 1", "Pass --workers 1 or more");
        }

        return block.MaximumConcurrentBacktests ?? Math.Max(1, Environment.ProcessorCount / 2);
    }

    private static int TopCount(int? requested)
    {
        var n = requested ?? SweepReportWriter.DefaultTopCount;
        return n >= 0 ? n : throw ConfigException.At(null, "--tear-sheets", n.ToString(CultureInfo.InvariantCulture),
            "the number of top trials with a tear sheet cannot be negative", "Pass --tear-sheets 0 (none) or more");
    }

    private static string[] Exports(IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            return ["csv", "json"];
        }

        foreach (var format in requested)
        {
            if (format is not ("csv" or "json"))
            {
                throw ConfigException.At(null, "--export", format, $"unknown export format '{format}'", "Use --export csv or --export json");
            }
        }

        return [.. requested.Distinct(StringComparer.Ordinal)];
    }
}
