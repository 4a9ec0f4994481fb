using System.Collections.Concurrent;

namespace Backtest.Data.Model;

/// <summary>
/// A US-equity ticker. Ordering is ordinal on the upper-case ticker so that every sorted iteration over symbols is
/// deterministic (STYLE.md rule 10). Symbols are interned: <see cref="Create"/> returns the one instance of a ticker
/// for the whole process, so equality is reference equality (equivalent to ordinal equality of the tickers) and the
/// hash code is the instance's <see cref="Id"/>. That makes every symbol-keyed lookup of the time loop (slice,
/// securities, portfolio, trades) an integer hash instead of a string hash, and lets the engine index arrays by
/// <see cref="Id"/>. Insertion-ordered collections (Dictionary, HashSet, List) enumerate the same way whatever the
/// hash, so results do not depend on the order in which tickers were first created.
/// </summary>
public sealed class Symbol : IEquatable<Symbol>, IComparable<Symbol>
{
    // Every ticker seen by this process. Tickers are few (thousands even for a synthetic universe), so it never shrinks.
    private static readonly ConcurrentDictionary<string, Symbol> Interned = new(StringComparer.Ordinal);
    private static int _created;

    private Symbol(string value, int id)
    {
        Value = value;
        Id = id;
    }

    /// <summary>The upper-case ticker, e.g. "SPY".</summary>
    public string Value { get; }

    /// <summary>
    /// A small non-negative number, the same for every use of this ticker within the process and different for other
    /// tickers; for array-indexed lookups. It depends on the order in which tickers were first created, so never
    /// persist it, print it or order by it.
    /// </summary>
    public int Id { get; }

    /// <summary>Creates a symbol from a ticker; surrounding blanks are removed and case is normalised.</summary>
    /// <exception cref="ArgumentException">The ticker is empty or contains characters other than letters, digits, '.', '-' or '_'.</exception>
    public static Symbol Create(string ticker)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        if (Interned.TryGetValue(ticker, out var known))
        {
            // Already a normalised ticker (the common case): no validation or upper-casing needed again.
            return known;
        }

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

        // Two threads racing on a new ticker may both build one; GetOrAdd hands both the same stored instance (the
        // loser's number is simply never used).
        return Interned.GetOrAdd(trimmed.ToUpperInvariant(), static value => new Symbol(value, Interlocked.Increment(ref _created) - 1));
    }

    /// <summary>Same ticker. Symbols are interned, so this is reference equality.</summary>
    public bool Equals(Symbol? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Id;

    public int CompareTo(Symbol? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    public static bool operator ==(Symbol? left, Symbol? right) => ReferenceEquals(left, right);

    public static bool operator !=(Symbol? left, Symbol? right) => !(left == right);

    public static bool operator <(Symbol left, Symbol right) => left.CompareTo(right) < 0;

    public static bool operator >(Symbol left, Symbol right) => left.CompareTo(right) > 0;

    public static bool operator <=(Symbol left, Symbol right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Symbol left, Symbol right) => left.CompareTo(right) >= 0;
}
