using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace Backtest.Launcher.Logging;

/// <summary>
/// Builds the process's Serilog logger: the console sink chosen by the composition root, plus a file sink
/// when a run has a log file. Never assigned to Serilog's static Log: libraries get the logger passed in.
/// </summary>
internal static class LogSetup
{
    /// <summary>The file name of the log inside a run folder.</summary>
    public const string LogFileName = "log.txt";

    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// A logger at <paramref name="level"/> writing to <paramref name="console"/> and, when
    /// <paramref name="logFile"/> is given, to that file (created with its folder). Dispose it to flush and close the file.
    /// </summary>
    public static Logger Create(LogEventLevel level, Action<LoggerSinkConfiguration> console, string? logFile)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Is(level);
        console(configuration.WriteTo);
        if (logFile is not null)
        {
            configuration.WriteTo.File(logFile, formatProvider: System.Globalization.CultureInfo.InvariantCulture, outputTemplate: FileTemplate);
        }

        return configuration.CreateLogger();
    }

    /// <summary>The real console sink: messages to stdout, warnings and above to stderr.</summary>
    public static void RealConsole(LoggerSinkConfiguration sinks) =>
        sinks.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Warning);
}
