using Spectre.Console;

namespace Backtest.Launcher.Progress;

/// <summary>Chooses the progress display for the current process.</summary>
internal static class ProgressReporters
{
    /// <summary>How often redirected output gets a progress line.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    /// <summary>A live bar when stdout is an interactive terminal; periodic plain lines when it is redirected (CI).</summary>
    public static IProgressReporter ForConsole(TextWriter output, TimeProvider time)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return interactive ? new ConsoleProgressReporter(AnsiConsole.Console) : new PlainProgressReporter(output, time, PlainInterval);
    }
}
