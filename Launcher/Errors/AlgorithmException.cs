namespace Backtest.Launcher.Errors;

/// <summary>
/// The user's strategy code threw. The run seam wraps the original exception (kept as
/// <see cref="Exception.InnerException"/>) so the launcher can tell it from an engine bug; maps to exit code 4.
/// </summary>
internal sealed class AlgorithmException : Exception
{
    public AlgorithmException(string message) : base(message)
    {
    }

    public AlgorithmException(string message, Exception inner) : base(message, inner)
    {
    }

    public AlgorithmException()
    {
    }
}
