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
using Backtest.Optimizer.Store;
using Serilog;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The sweep flow: load and validate everything (config, algorithm, plan, statistic names) before any trial, load
/// the data once, run the trials in parallel into the sweep folder's SQLite store (a rerun resumes from it), then
/// print the ranked best trials with the overfitting diagnostics and export the stored trials. Ctrl-C stops
/// starting trials; everything finished stays in the store and the exit code is 130.
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

        var identity = SweepFolder.Identity(options, type, services.Run.DataFingerprint(options, cancellation));
        var folder = Folder(request.OutputFolder, options, identity, type);
        Directory.CreateDirectory(folder);
        var logFile = Path.Combine(folder, "sweep.log");
        session.LogPath = logFile;
        using var logger = LogSetup.Create(options.LogLevel, services.ConsoleSink, logFile);
        var data = DataSet.Load(options.DataFolder, options.Resolution ?? Resolution.Daily, options.DataSource == DataSourceKind.Csv,
            (options.Benchmark ?? "SPY").ToUpperInvariant(), options.Rates);
        cancellation.ThrowIfCancellationRequested();

        using var store = SqliteTrialStore.Open(Path.Combine(folder, SweepFolder.StoreFileName), identity);
        var estimate = plan.Space.Estimate();
        services.Out.WriteLine($"Sweep {type.Name}: {estimate} grid points, {plan.Search} search, {workers} workers, store {store.Path}");
        logger.Information("Sweep {Algorithm} in {Folder}: {Estimate} points, {Workers} workers", type.Name, folder, estimate, workers);
        var trial = new SweepTrial(options, type, data);
        var result = services.Progress.Track("Sweep " + type.Name, estimate, display =>
            Execute(new SweepRunner(store, identity, plan.Objective, clock, new SweepRunnerOptions
            {
                MaxDegreeOfParallelism = workers,
                Progress = new SweepProgressLog(display, logger, clock, LogInterval, plan.Objective.Target).Report,
            }), plan, trial, cancellation));
        services.Out.WriteLine($"{result.Executed} executed, {result.Reused} reused from the store, {result.Failed} failed");
        if (result.Cancelled)
        {
            services.Error.WriteLine($"backtest: sweep cancelled (Ctrl-C); {store.ReadAll().Count} trials are kept in {store.Path}; run the same command again to resume.");
            return ExitCodes.Cancelled;
        }

        return Finish(store, plan, folder, exports, logger);
    }

    private string Folder(string? given, LauncherOptions options, SweepIdentity identity, Type type) => given is not null
        ? Path.GetFullPath(given, services.CurrentDirectory)
        : Path.Combine(options.ResultsDestinationFolder, SweepFolder.Name(identity, options.Optimization!, type.Name));

    private static SweepResult Execute(SweepRunner runner, SweepPlan plan, SweepTrial trial, CancellationToken cancellation) =>
        runner.Run(plan.CreateSearch(), trial.Run, cancellation);

    private int Finish(SqliteTrialStore store, SweepPlan plan, string folder, IReadOnlyList<string> exports, ILogger logger)
    {
        var trials = store.ReadAll().Where(t => t.Scope.Length == 0).ToArray();
        var diagnostics = SweepDiagnostics.Compute(trials, plan.Space, plan.Objective);
        SweepSummary.Print(services.Out, trials, plan.Objective, diagnostics);
        foreach (var format in exports)
        {
            var path = Path.Combine(folder, "trials." + format);
            Export(trials, format, path);
            services.Out.WriteLine("Exported: " + path);
        }

        logger.Information("Sweep finished: {Trials} trials, {Failed} failed", diagnostics.Trials, diagnostics.Failed);
        if (trials.Length > 0 && diagnostics.Finished == 0)
        {
            throw new AlgorithmException($"every trial failed; the first: {trials[0].Error}");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Writes beside the target and renames, so an interrupted export never leaves half a file; a failed export (full
    /// disk) removes its temporary file and leaves the previous export as it was.
    /// </summary>
    private static void Export(IReadOnlyList<TrialResult> trials, string format, string path)
    {
        var temp = path + ".tmp";
        try
        {
            using (var stream = File.Create(temp))
            {
                if (format == "csv")
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    TrialExporter.WriteCsv(trials, writer);
                }
                else
                {
                    TrialExporter.WriteJson(trials, stream);
                }
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failed write is what the user must see; the next export overwrites the file anyway.
        }
    }

    private static int Workers(int? requested, OptimizationOptions block)
    {
        if (requested is { } n)
        {
            return n > 0 ? n : throw ConfigException.At(null, "--workers", n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "the number of workers must be at least 1", "Pass --workers 1 or more");
        }

        return block.MaximumConcurrentBacktests ?? Math.Max(1, Environment.ProcessorCount / 2);
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
