using System.CommandLine;

namespace Backtest.Launcher.Cli;

/// <summary>The whole <c>backtest</c> command tree, bound to one set of services and one session.</summary>
internal sealed class CommandTree
{
    public CommandTree(LauncherServices services, LauncherSession session)
    {
        Global = new GlobalOptions();
        Root = new RootCommand("backtest: LEAN-compatible backtests of rotation strategies.")
        {
            Global.Verbose,
            Global.LogLevel,
            new RunCommandFactory(new RunHandler(services, session), Global).Create(),
            new DataCommandFactory(services, Global).Create(),
            Placeholder(services, "study", "Research studies of a strategy (not available yet)."),
            new Sweep.SweepCommandFactory(services, session, Global).Create(),
            new ReportCommandFactory(services).Create(),
        };
    }

    public RootCommand Root { get; }

    public GlobalOptions Global { get; }

    private static Command Placeholder(LauncherServices services, string name, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(_ =>
        {
            services.Error.WriteLine($"backtest: '{name}' is not available yet in this version; see 'backtest --help' for the commands that are.");
            return ExitCodes.UsageError;
        });
        return command;
    }
}
