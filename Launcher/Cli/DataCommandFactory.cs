using System.CommandLine;
using System.Collections.Immutable;
using Backtest.Launcher.Config;
using Backtest.Launcher.Logging;
using Backtest.Launcher.Seams;
using Serilog.Events;

namespace Backtest.Launcher.Cli;

/// <summary>Builds <c>backtest data import|generate|validate|info</c>, each calling <see cref="IDataCommands"/>.</summary>
internal sealed class DataCommandFactory(LauncherServices services, GlobalOptions global)
{
    public Command Create() => new("data", "Import, generate, validate and describe market data folders.")
    {
        Import(), Generate(), Validate(), Info(),
    };

    private Command Import()
    {
        var sources = new Argument<string[]>("sources") { Description = "CSV files or folders of CSV files.", Arity = ArgumentArity.OneOrMore };
        var output = OutOption("The LEAN-layout folder to write.");
        var command = new Command("import", "Convert CSV price files into a LEAN-layout data folder.") { sources, output };
        Bind(command, (result, context, token) => services.Data.Import(
            new ImportRequest([.. result.GetRequiredValue(sources).Select(Full)], Full(result.GetRequiredValue(output))), context, token));
        return command;
    }

    private Command Generate()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", Required = true };
        var output = OutOption("The folder to write the synthetic market into.");
        var command = new Command("generate", "Generate a synthetic market (deterministic from --seed) as a LEAN-layout folder.") { seed, output };
        Bind(command, (result, context, token) => services.Data.Generate(
            new GenerateRequest(result.GetValue(seed), Full(result.GetRequiredValue(output))), context, token));
        return command;
    }

    private Command Validate()
    {
        var paths = new Argument<string[]>("paths") { Description = "Data folders or files to check.", Arity = ArgumentArity.OneOrMore };
        var lenient = new Option<bool>("--lenient") { Description = "Report every problem as a warning instead of failing on the first." };
        var command = new Command("validate", "Check data files for format errors, gaps and impossible prices.") { paths, lenient };
        Bind(command, (result, context, token) => services.Data.Validate(
            new ValidateRequest([.. result.GetRequiredValue(paths).Select(Full)], result.GetValue(lenient)), context, token));
        return command;
    }

    private Command Info()
    {
        var folder = new Argument<string>("folder") { Description = "The data folder to describe." };
        var command = new Command("info", "Summarise a data folder: tickers, date ranges, gaps, fingerprint.") { folder };
        Bind(command, (result, context, token) => services.Data.Info(new InfoRequest(Full(result.GetRequiredValue(folder))), context, token));
        return command;
    }

    private static Option<string> OutOption(string description) => new("--out", "-o") { Description = description, Required = true };

    private string Full(string path) => Path.GetFullPath(path, services.CurrentDirectory);

    private void Bind(Command command, Action<ParseResult, CommandContext, CancellationToken> handler) =>
        command.SetAction((result, token) =>
        {
            var level = result.GetValue(global.LogLevel) is { } text ? ConfigLoader.Level(text) : LogEventLevel.Information;
            using var logger = LogSetup.Create(level, services.ConsoleSink, logFile: null);
            handler(result, new CommandContext(logger, services.Progress, services.Out), token);
            return Task.FromResult(ExitCodes.Success);
        });
}
