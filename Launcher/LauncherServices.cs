using Backtest.Launcher.Progress;
using Backtest.Launcher.Seams;
using Serilog.Configuration;

namespace Backtest.Launcher;

/// <summary>
/// Everything the command tree needs from the outside world: the command implementations (seams), the
/// console, the progress display and the process facts. <see cref="Program"/> supplies the real ones;
/// tests supply fakes.
/// </summary>
internal sealed record LauncherServices
{
    public required IRunCommand Run { get; init; }

    public required IDataCommands Data { get; init; }

    /// <summary>Standard output: help, results paths, command reports.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: the one-line error message.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Adds the console log sink to a logger configuration.</summary>
    public required Action<LoggerSinkConfiguration> ConsoleSink { get; init; }

    public required IProgressReporter Progress { get; init; }

    /// <summary>Anchors relative paths given on the command line.</summary>
    public required string CurrentDirectory { get; init; }

    /// <summary>Names this process's temporary result folder.</summary>
    public required int ProcessId { get; init; }
}
