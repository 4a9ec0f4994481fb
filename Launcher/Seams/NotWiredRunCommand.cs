using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Seams;

/// <summary>The run command before the engine is wired in: it says so clearly (exit code 2) before any folder is written.</summary>
internal sealed class NotWiredRunCommand : IRunCommand
{
    public string DataFingerprint(LauncherOptions options, CancellationToken cancellation) => throw NotWired();

    public void Run(RunRequest request, CommandContext context, CancellationToken cancellation) => throw NotWired();

    private static NotAvailableException NotWired() =>
        new("'backtest run' is not wired to the engine yet in this build; the config was read and is valid, but no backtest ran.");
}
