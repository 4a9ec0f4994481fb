namespace Backtest.Launcher.Errors;

/// <summary>
/// A command exists on the command line but its implementation is not wired in yet; maps to exit code 2,
/// because retrying will not help and it is not a bug report.
/// </summary>
internal sealed class NotAvailableException : Exception
{
    public NotAvailableException(string message) : base(message)
    {
    }

    public NotAvailableException(string message, Exception inner) : base(message, inner)
    {
    }

    public NotAvailableException()
    {
    }
}
