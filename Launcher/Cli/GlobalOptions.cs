using System.CommandLine;

namespace Backtest.Launcher.Cli;

/// <summary>Options accepted by every command.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print the stack trace with an error message.",
        Recursive = true,
    };

    public Option<string?> LogLevel { get; } = new("--log-level")
    {
        Description = "Minimum log level: Verbose, Debug, Information, Warning, Error or Fatal (overrides config log-level).",
        Recursive = true,
    };
}
