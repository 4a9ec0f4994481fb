using System.CommandLine;
using Backtest.Launcher.Cli;

namespace Backtest.Launcher.Sweep;

/// <summary>Builds <c>backtest sweep</c>: a parameter sweep from config.json's optimization block.</summary>
internal sealed class SweepCommandFactory(LauncherServices services, LauncherSession session, GlobalOptions global)
{
    private readonly Option<string?> config = new("--config", "-c") { Description = "The config file with an \"optimization\" block (default: ./config.json)." };
    private readonly Option<int?> workers = new("--workers", "-w") { Description = "Trials run in parallel (default: maximum-concurrent-backtests, else half the processors)." };
    private readonly Option<string?> output = new("--out", "-o") { Description = "The sweep folder (default: <results-destination-folder>/sweep-<algorithm>-<hash>)." };
    private readonly Option<string[]> export = new("--export") { Description = "Export format, csv or json; repeat for both (default: both)." };
    private readonly Option<int?> tearSheets = new("--tear-sheets") { Description = "Top trials re-run for a tear sheet linked from report.html (default: 5; 0: none)." };
    private readonly Option<bool> reportOnly = new("--report-only") { Description = "Run no trial: rebuild report.html and the exports from the sweep's store." };

    public Command Create()
    {
        var command = new Command("sweep", "Parameter sweep with overfitting diagnostics; a rerun resumes.") { config, workers, output, export, tearSheets, reportOnly };
        var handler = new SweepHandler(services, session, TimeProvider.System);
        command.SetAction((result, token) => Task.FromResult(handler.Run(
            new SweepRequest(result.GetValue(config), result.GetValue(workers), result.GetValue(output), [.. result.GetValue(export) ?? []], result.GetValue(global.LogLevel),
                result.GetValue(tearSheets), result.GetValue(reportOnly)),
            token)));
        return command;
    }
}
