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
            new StudyCommandFactory(services).Create(),
            new Sweep.SweepCommandFactory(services, session, Global).Create(),
            new ReportCommandFactory(services).Create(),
        };
    }

    public RootCommand Root { get; }

    public GlobalOptions Global { get; }
}
