using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Lean;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Results;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Commands;

/// <summary>
/// <c>backtest run</c>: resolves the algorithm by name, loads the data folder's bars once (every ticker of the
/// resolution, over the files' whole range), runs the engine, computes LEAN's statistics and writes the result files.
/// </summary>
internal sealed class RunCommand : IRunCommand
{
    public string DataFingerprint(LauncherOptions options, CancellationToken cancellation)
    {
        var files = Directory.Exists(options.DataFolder)
            ? Directory.EnumerateFiles(options.DataFolder, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            : [];
        return FileFingerprint.Of(files);
    }

    public void Validate(LauncherOptions options) =>
        AlgorithmCatalog.Create(AlgorithmCatalog.Resolve(options.AlgorithmTypeName), options.Parameters);

    public void Run(RunRequest request, CommandContext context, CancellationToken cancellation)
    {
        var options = request.Options;
        var type = AlgorithmCatalog.Resolve(options.AlgorithmTypeName);
        var (algorithm, parameters) = AlgorithmCatalog.Create(type, options.Parameters);
        var data = DataSet.Load(options.DataFolder, options.Resolution ?? Resolution.Daily, options.DataSource == DataSourceKind.Csv,
            (options.Benchmark ?? "SPY").ToUpperInvariant(), options.Rates);
        context.Logger.Information("Loaded {Count} symbols, {Periods} periods, {Series} custom series, fingerprint {Fingerprint}",
            data.Frame.Symbols.Count, data.Frame.Index.Count, data.CustomData.Count, data.Frame.Fingerprint);
        cancellation.ThrowIfCancellationRequested();

        var engineOptions = new BacktestOptions
        {
            Benchmark = data.Benchmark,
            Parameters = options.Parameters,
            Logger = context.Logger,
            StartDateOverride = options.StartDate,
            EndDateOverride = options.EndDate,
            CashOverride = options.Cash,
            CustomData = data.CustomData,
        };
        BacktestResult result;
        try
        {
            result = new BacktestEngine(data.Frame, data.Calendar, engineOptions).Run(algorithm);
        }
        catch (Exception e) when (e is not OperationCanceledException and not Backtest.Data.Errors.DataException)
        {
            throw new AlgorithmException($"{type.Name} failed: {e.Message}", e);
        }

        var statistics = RunStatistics.Compute(result, data.RiskFree, data.Calendar);
        var run = new RunDescription(type.Name, parameters, DisplayPath(options.DataFolder), data.Frame.Fingerprint, data.Frame.IsSynthetic, RunDescription.CurrentEngineVersion);
        ResultFiles.Write(request.OutputFolder, run, result, statistics.Summary, statistics.Extended, data.Calendar.IsTradingDay);
        if (options.TearSheet)
        {
            WriteTearSheet(request.OutputFolder, context);
        }

        Print(context.Out, run, statistics.Summary, result);
        context.Logger.Information("{Algorithm}: end equity {Equity}, {Orders} orders, order hash {Hash}", type.Name, result.EndEquity, result.TotalOrders, result.OrderHash);
    }

    /// <summary>
    /// Every run writes its tear sheet. Without the charting library (npm not available) the run's results still stand,
    /// so the missing tear sheet is a logged warning that says how to get it, not a failed run.
    /// </summary>
    private static void WriteTearSheet(string folder, CommandContext context)
    {
        try
        {
            Backtest.Report.TearSheet.Write(folder, Path.Combine(folder, Cli.ReportCommandFactory.TearSheetFileName));
        }
        catch (FileNotFoundException e)
        {
            context.Logger.Warning("Tear sheet not written: {Reason}", e.Message);
        }
    }

    /// <summary>The data folder relative to the working directory when it lies beneath it, so result files do not
    /// carry one machine's absolute paths.</summary>
    internal static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
    }

    private static void Print(TextWriter output, RunDescription run, IReadOnlyList<KeyValuePair<string, string>> summary, BacktestResult result)
    {
        if (run.IsSynthetic)
        {
            output.WriteLine("*** SYNTHETIC DATA: these results come from generated prices, not market history. ***");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Algorithm} {result.StartDate:yyyy-MM-dd} .. {result.LastStepTime:yyyy-MM-dd}"));
        var width = summary.Count == 0 ? 0 : summary.Max(p => p.Key.Length);
        foreach (var (key, value) in summary)
        {
            output.WriteLine($"  {key.PadRight(width)}  {value}");
        }

        output.WriteLine($"  {"Order Hash".PadRight(width)}  {result.OrderHash}");
    }
}
