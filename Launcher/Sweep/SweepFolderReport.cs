using Backtest.Launcher.Cli;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Errors;
using Backtest.Optimizer;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Backtest.Report;
using Backtest.Report.Sweep;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// <c>backtest report &lt;sweep folder&gt;</c>: rebuilds report.html from the folder alone (sweep.json and the store),
/// with no config, no data and no trial run: links go to the tear sheets already under trials/ for the top trials the
/// definition names, and a walk-forward is replayed from the store (<see cref="WalkForwardReport.Replay"/>). For a
/// completed sweep the result equals the report the sweep wrote, byte for byte.
/// </summary>
internal static class SweepFolderReport
{
    /// <summary>True when <paramref name="folder"/> holds a sweep store or a sweep definition.</summary>
    public static bool IsSweepFolder(string folder) =>
        File.Exists(Path.Combine(folder, SweepFolder.StoreFileName)) || File.Exists(Path.Combine(folder, SweepDefinition.FileName));

    /// <summary>Writes report.html (or <paramref name="outputHtml"/>) and returns its path.</summary>
    /// <exception cref="ConfigException">sweep.json or the store is missing, sweep.json is malformed, or a
    /// walk-forward is incomplete.</exception>
    /// <exception cref="FileNotFoundException">ECharts is not installed.</exception>
    public static string Write(string folder, string? outputHtml, TimeProvider clock)
    {
        var definition = SweepDefinition.Read(folder);
        var storePath = Path.Combine(folder, SweepFolder.StoreFileName);
        if (!File.Exists(storePath))
        {
            throw ConfigException.At(null, "report", folder, $"the sweep folder {folder} has {SweepDefinition.FileName} but no {SweepFolder.StoreFileName}",
                "Run the sweep with 'backtest sweep --config <the sweep's config>'; its trials are kept in the store");
        }

        var type = AlgorithmCatalog.Resolve(definition.AlgorithmTypeName);
        var plan = SweepPlanBuilder.Build(definition.Block, type, definition.Parameters);
        using var store = SqliteTrialStore.Open(storePath, definition.Identity);
        var input = plan.WalkForward is null ? Plain(definition, plan, store, folder) : WalkForward(definition, plan, store, folder, clock);
        var path = outputHtml ?? Path.Combine(folder, SweepReport.FileName);
        SweepReport.Write(input, path);
        return path;
    }

    private static SweepReportInput Plain(SweepDefinition definition, SweepPlan plan, SqliteTrialStore store, string folder)
    {
        var trials = store.ReadAll().Where(t => t.Scope.Length == 0).ToArray();
        var diagnostics = SweepDiagnostics.Compute(trials, plan.Space, plan.Objective);
        var ranked = SweepSummary.Rank(trials, plan.Objective).Select(p => p.Trial).ToArray();
        return SweepReportBuilder.Build(definition.Algorithm, trials, plan, diagnostics, ExistingTearSheets(folder, ranked, definition.TopTearSheets),
            SweepReportBuilder.Facts(plan, definition.Identity), dates: store.ReadTradingDates());
    }

    private static SweepReportInput WalkForward(SweepDefinition definition, SweepPlan plan, SqliteTrialStore store, string folder, TimeProvider clock)
    {
        var periods = store.ReadTradingDates() ?? throw ConfigException.At(null, "report", folder,
            $"the walk-forward store in {folder} does not record its trading days (it was made before they were recorded)",
            "Rerun 'backtest sweep --config <the sweep's config>': every stored trial is reused and the report is rewritten");
        var windows = WalkForwardWindows.Create(periods, plan.WalkForward!);
        var result = WalkForwardReport.Replay(store, definition.Identity, plan, windows, folder, clock);
        return WalkForwardReport.Input(definition.Algorithm, plan, definition.Identity, store.ReadAll(), result, periods,
            (ranked, _) => ExistingTearSheets(folder, ranked, definition.TopTearSheets));
    }

    /// <summary>The links the sweep made: the top trials whose tear sheet is on disk.</summary>
    private static SortedDictionary<int, string> ExistingTearSheets(string folder, IReadOnlyList<TrialResult> ranked, int top)
    {
        var links = new SortedDictionary<int, string>();
        foreach (var trial in ranked.Take(top))
        {
            var name = SweepReportWriter.FolderName(trial);
            if (File.Exists(Path.Combine(folder, SweepReportWriter.TrialsFolder, name, ReportCommandFactory.TearSheetFileName)))
            {
                links[trial.Number] = SweepReportWriter.TrialsFolder + "/" + name + "/" + ReportCommandFactory.TearSheetFileName;
            }
        }

        return links;
    }
}
