using Backtest.Launcher.Config;

namespace Backtest.Launcher.Seams;

/// <summary>
/// <c>backtest run</c>, implemented over Backtest.Engine and Backtest.Algorithms (wired by the composition root).
/// </summary>
internal interface IRunCommand
{
    /// <summary>
    /// A stable fingerprint of the data the run would read (e.g. a hash of the files' contents), so that the
    /// run folder name changes when the data changes. Same data, same text.
    /// </summary>
    /// <exception cref="Backtest.Data.Errors.DataException">The data cannot be read.</exception>
    string DataFingerprint(LauncherOptions options, CancellationToken cancellation);

    /// <summary>
    /// Checks what can be checked before anything is written: the algorithm exists and its parameters bind.
    /// </summary>
    /// <exception cref="Errors.ConfigException">An unknown algorithm, or an unknown or out-of-range parameter.</exception>
    void Validate(LauncherOptions options);

    /// <summary>
    /// Runs the backtest and writes every result file into <see cref="RunRequest.OutputFolder"/>.
    /// Exceptions thrown by the user's strategy must arrive wrapped in <see cref="Errors.AlgorithmException"/>.
    /// </summary>
    void Run(RunRequest request, CommandContext context, CancellationToken cancellation);
}
