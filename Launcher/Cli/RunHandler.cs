using Backtest.Launcher.Config;
using Backtest.Launcher.Logging;
using Backtest.Launcher.Results;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Cli;

/// <summary>
/// The run flow: load the effective options, name the run folder from them and the data fingerprint, then let
/// the engine write into a temporary folder that replaces the previous result only when the run succeeds.
/// The run's log goes to log.txt inside the folder; when the run fails, the log is kept beside it as
/// <c>&lt;name&gt;.failed-log.txt</c> so the error message can point at it.
/// </summary>
internal sealed class RunHandler(LauncherServices services, LauncherSession session)
{
    public int Run(ConfigOverrides overrides, CancellationToken cancellation)
    {
        var options = ConfigLoader.Load(overrides, services.CurrentDirectory);
        services.Run.Validate(options);
        var fingerprint = services.Run.DataFingerprint(options, cancellation);
        var name = RunFolderName.For(options, fingerprint);
        var final = Path.Combine(options.ResultsDestinationFolder, name);
        new ResultFolderWriter(services.ProcessId).Write(final, temp => RunInto(options, name, temp, cancellation));
        session.LogPath = Path.Combine(final, LogSetup.LogFileName);
        services.Out.WriteLine("Results: " + final);
        return ExitCodes.Success;
    }

    private void RunInto(LauncherOptions options, string name, string folder, CancellationToken cancellation)
    {
        var logFile = Path.Combine(folder, LogSetup.LogFileName);
        var failedLog = Path.Combine(options.ResultsDestinationFolder, name + ".failed-log.txt");
        var logger = LogSetup.Create(options.LogLevel, services.ConsoleSink, logFile);
        try
        {
            logger.Information("Run {RunName}: algorithm {Algorithm}, data {DataFolder}", name, options.AlgorithmTypeName, options.DataFolder);
            services.Run.Run(new RunRequest(options, folder, name), new Seams.CommandContext(logger, services.Progress, services.Out), cancellation);
            logger.Information("Run {RunName} finished", name);
        }
        catch (Exception error)
        {
            logger.Error(error, "Run {RunName} failed", name);
            logger.Dispose();
            session.LogPath = KeepLog(logFile, failedLog);
            throw;
        }

        // Closed before the folder is renamed, so the log is complete in the final folder.
        logger.Dispose();
    }

    private static string? KeepLog(string logFile, string keptAs)
    {
        try
        {
            File.Copy(logFile, keptAs, overwrite: true);
            return keptAs;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The run's own failure is what matters; without a copy the message simply names no log.
            return null;
        }
    }
}
