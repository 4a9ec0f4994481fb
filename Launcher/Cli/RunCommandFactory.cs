using System.CommandLine;
using Backtest.Launcher.Config;

namespace Backtest.Launcher.Cli;

/// <summary>Builds <c>backtest run</c>: config.json plus command-line overrides, handed to <see cref="RunHandler"/>.</summary>
internal sealed class RunCommandFactory(RunHandler handler, GlobalOptions global)
{
    private readonly Option<string?> config = new("--config", "-c") { Description = "The config file (default: ./config.json when present)." };
    private readonly Option<string?> algorithm = new("--algorithm", "-a") { Description = "Algorithm class name (overrides algorithm-type-name)." };
    private readonly Option<string?> dataFolder = new("--data-folder", "-d") { Description = "Data folder (overrides data-folder)." };
    private readonly Option<string[]> parameters = new("--parameter", "-p") { Description = "An algorithm parameter as name=value; repeat for more (overrides parameters.<name>)." };
    private readonly Option<string?> start = new("--start") { Description = "Start date, yyyy-MM-dd (overrides start-date)." };
    private readonly Option<string?> end = new("--end") { Description = "End date, yyyy-MM-dd (overrides end-date)." };
    private readonly Option<double?> cash = new("--cash") { Description = "Starting cash in account currency (overrides cash)." };
    private readonly Option<string?> output = new("--output", "-o") { Description = "Results destination folder (overrides results-destination-folder)." };
    private readonly Option<bool> noTearSheet = new("--no-tear-sheet") { Description = "Write the result files without tearsheet.html (build it later with 'backtest report <result folder>')." };

    public Command Create()
    {
        var command = new Command("run", "Run one backtest from config.json, with command-line overrides.")
        {
            config, algorithm, dataFolder, parameters, start, end, cash, output, noTearSheet,
        };
        command.SetAction((result, token) => Task.FromResult(handler.Run(Overrides(result), token)));
        return command;
    }

    /// <summary>The overrides given on the command line; options not given stay null.</summary>
    public ConfigOverrides Overrides(ParseResult result) => new()
    {
        ConfigPath = result.GetValue(config),
        Algorithm = result.GetValue(algorithm),
        DataFolder = result.GetValue(dataFolder),
        Parameters = [.. result.GetValue(parameters) ?? []],
        Start = result.GetValue(start),
        End = result.GetValue(end),
        Cash = result.GetValue(cash),
        Output = result.GetValue(output),
        LogLevel = result.GetValue(global.LogLevel),
        NoTearSheet = result.GetValue(noTearSheet),
    };
}
