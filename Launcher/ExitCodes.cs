namespace Backtest.Launcher;

/// <summary>
/// The process exit codes of <c>backtest</c>. Scripts and CI rely on these numbers; never renumber them.
/// The one place that chooses a code for an exception is <see cref="Errors.ExitCodeMapper"/>.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected internal error (a bug): the message asks to report it and names the log file.</summary>
    public const int InternalError = 1;

    /// <summary>The command line or config.json is wrong, or the command is not available yet.</summary>
    public const int UsageError = 2;

    /// <summary>Input data is missing or malformed (a <see cref="Backtest.Data.Errors.DataException"/>).</summary>
    public const int DataError = 3;

    /// <summary>The user's strategy code threw during the run.</summary>
    public const int AlgorithmError = 4;

    /// <summary>Results could not be written (disk full, read-only folder, permissions).</summary>
    public const int OutputError = 5;

    /// <summary>Cancelled by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
