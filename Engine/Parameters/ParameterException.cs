using Backtest.Data.Errors;

namespace Backtest.Engine.Parameters;

/// <summary>
/// A parameter could not be bound: unknown name, unparseable or out-of-range value, or an unsupported declaration.
/// Raised before the run starts; the message names the parameter, the raw text and what to do.
/// </summary>
public sealed class ParameterException : DataException
{
    /// <summary>Creates the error for <paramref name="parameterName"/>.</summary>
    public ParameterException(string parameterName, string message)
        : base(message)
    {
        ParameterName = parameterName;
    }

    /// <summary>Creates an error without a parameter name.</summary>
    public ParameterException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates an error without a parameter name that wraps a cause.</summary>
    public ParameterException(string message, Exception inner)
        : base(message, inner)
    {
        ParameterName = string.Empty;
    }

    /// <summary>Creates an empty error.</summary>
    public ParameterException()
        : this(string.Empty, "Parameter error.")
    {
    }

    /// <summary>The parameter name as given by the caller, or "" when not about one parameter.</summary>
    public string ParameterName { get; }
}
