using Backtest.Data.Errors;

namespace Backtest.Launcher.Errors;

/// <summary>
/// The one place that turns an exception escaping a command into an exit code and a one-line message
/// (plus the stack trace only when <c>--verbose</c> is on). See <see cref="ExitCodes"/>.
/// </summary>
internal static class ExitCodeMapper
{
    // .NET reports the raw errno as HResult on Unix and HRESULT_FROM_WIN32 on Windows.
    private const int DiskFullErrno = 28;
    private const int ReadOnlyFileSystemErrno = 30;
    private const int DiskFullWindows = unchecked((int)0x80070070);
    private const int HandleDiskFullWindows = unchecked((int)0x80070027);

    /// <summary>
    /// The exit code for <paramref name="error"/>. Order matters: <see cref="ConfigException"/> is a
    /// <see cref="DataException"/> but is a usage error. A raw <see cref="IOException"/> (other than a missing
    /// file or folder) counts as an output error, because the data layer turns every read problem into a
    /// <see cref="DataException"/>; what remains is almost always a failed write.
    /// </summary>
    public static int Classify(Exception error) => Unwrap(error) switch
    {
        OperationCanceledException => ExitCodes.Cancelled,
        ConfigException or NotAvailableException => ExitCodes.UsageError,
        DataException => ExitCodes.DataError,
        AlgorithmException => ExitCodes.AlgorithmError,
        OutputException or UnauthorizedAccessException => ExitCodes.OutputError,
        FileNotFoundException or DirectoryNotFoundException => ExitCodes.InternalError,
        IOException => ExitCodes.OutputError,
        _ => ExitCodes.InternalError,
    };

    /// <summary>
    /// The message to print for <paramref name="error"/>: one line, or the line plus the full exception
    /// when <paramref name="verbose"/>. <paramref name="logPath"/> (null when no log file was opened) is
    /// named in the internal-error hint.
    /// </summary>
    public static string Describe(Exception error, bool verbose, string? logPath)
    {
        var inner = Unwrap(error);
        var line = Classify(inner) switch
        {
            ExitCodes.Cancelled => "cancelled (Ctrl-C); no result folder was replaced.",
            ExitCodes.UsageError => inner is ConfigException ? "config error: " + inner.Message : inner.Message,
            ExitCodes.DataError => "data error: " + inner.Message,
            ExitCodes.AlgorithmError => "algorithm error: " + inner.Message + Cause(inner),
            ExitCodes.OutputError => OutputLine(inner),
            _ => InternalLine(inner, verbose, logPath),
        };
        var text = "backtest: " + line;
        return verbose ? text + Environment.NewLine + inner : text;
    }

    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;

    private static string Cause(Exception error) =>
        error.InnerException is { } cause ? $" ({cause.GetType().Name}: {cause.Message})" : string.Empty;

    private static string OutputLine(Exception error)
    {
        var remedy = " " + OutputRemedy(error);
        return error is OutputException ? "cannot write results: " + error.Message + Cause(error) + "." + remedy
            : "cannot write results: " + Sentence(error.Message) + remedy;
    }

    /// <summary>
    /// What to do, by the cause found anywhere in the chain: a full disk (ENOSPC on Unix, ERROR_DISK_FULL or
    /// ERROR_HANDLE_DISK_FULL on Windows), a path that cannot be a folder (ENOTDIR surfaces as
    /// <see cref="DirectoryNotFoundException"/>), a refused write (permissions or a read-only mount), or any of them. Every
    /// command that writes takes its folder with -o (run's --output, the others' --out).
    /// </summary>
    private static string OutputRemedy(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is IOException { HResult: DiskFullErrno or DiskFullWindows or HandleDiskFullWindows })
            {
                return "The disk is full: free space on it, or choose a folder on another disk with -o.";
            }

            if (e is DirectoryNotFoundException)
            {
                return "A part of that path is a file, or a folder that cannot be created: check the path, or choose another folder with -o.";
            }

            if (e is UnauthorizedAccessException || e is IOException { HResult: ReadOnlyFileSystemErrno })
            {
                return "The folder is not writable: make it writable (permissions, or a read-only mount), or choose another folder with -o.";
            }
        }

        return "Free disk space, or choose a writable folder with -o.";
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string InternalLine(Exception error, bool verbose, string? logPath)
    {
        var evidence = logPath is null ? "the command line" : $"the command line and the log file {logPath}";
        var trace = verbose ? string.Empty : " (run again with --verbose to print the stack trace)";
        return $"internal error: {error.GetType().Name}: {Sentence(error.Message)} This is a bug; please report it with {evidence}{trace}.";
    }
}
