using Backtest.Launcher.Logging;
using Backtest.Launcher.Progress;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher;

/// <summary>The composition root: the only place that touches the real console, environment and process.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Let the command unwind (delete its temporary folder) instead of killing the process.
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await new LauncherApp(RealServices()).InvokeAsync(args, cancellation.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The real console and process, with the seams the libraries implement.</summary>
    internal static LauncherServices RealServices() => new()
    {
        // Replaced by the Backtest.Engine / Backtest.Data implementations when they are merged.
        Run = new Commands.RunCommand(),
        Data = new Commands.DataCommands(),
        Out = Console.Out,
        Error = Console.Error,
        ConsoleSink = LogSetup.RealConsole,
        Progress = ProgressReporters.ForConsole(Console.Out, TimeProvider.System),
        CurrentDirectory = Environment.CurrentDirectory,
        ProcessId = Environment.ProcessId,
    };
}
