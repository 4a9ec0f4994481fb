namespace Backtest.Data.Model;

/// <summary>
/// A US-equity ticker. Equality and ordering are ordinal on the upper-case ticker so that
/// every iteration over symbols is deterministic (STYLE.md rule 10).
/// </summary>
public sealed class Symbol : IEquatable<Symbol>, IComparable<Symbol>
{
    private Symbol(string value) => Value = value;

    /// <summary>The upper-case ticker, e.g. "SPY".</summary>
    public string Value { get; }

    /// <summary>Creates a symbol from a ticker; surrounding blanks are removed and case is normalised.</summary>
    /// <exception cref="ArgumentException">The ticker is empty or contains characters other than letters, digits, '.', '-' or '_'.</exception>
    public static Symbol Create(string ticker)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        var trimmed = ticker.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A ticker must not be empty.", nameof(ticker));
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '^'))
            {
                throw new ArgumentException($"Ticker '{ticker}' contains '{c}'; use letters, digits, '.', '-', '_' or '^'.", nameof(ticker));
            }
        }

        return new Symbol(trimmed.ToUpperInvariant());
    }

    public bool Equals(Symbol? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Symbol other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public int CompareTo(Symbol? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator ==(Symbol? left, Symbol? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Symbol? left, Symbol? right) => !(left == right);

    public static bool operator <(Symbol left, Symbol right) => left.CompareTo(right) < 0;

    public static bool operator >(Symbol left, Symbol right) => left.CompareTo(right) > 0;

    public static bool operator <=(Symbol left, Symbol right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Symbol left, Symbol right) => left.CompareTo(right) >= 0;
}
