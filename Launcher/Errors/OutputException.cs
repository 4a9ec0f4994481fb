namespace Backtest.Launcher.Errors;

/// <summary>Results could not be written to disk (full, read-only, no permission); maps to exit code 5.</summary>
internal sealed class OutputException : Exception
{
    public OutputException(string message) : base(message)
    {
    }

    public OutputException(string message, Exception inner) : base(message, inner)
    {
    }

    public OutputException()
    {
    }
}
