using Backtest.Data.Model;

namespace Backtest.Engine.Securities;

/// <summary>The subscribed securities (LEAN's Securities), iterated in ordinal ticker order.</summary>
public sealed class SecurityManager
{
    // By Symbol.Id (symbols are interned, one instance and number per ticker): SetHoldings, fills and strategies look
    // securities up several times per order and per step, and an array index is cheaper than a dictionary probe.
    private Security?[] _byId = [];
    private readonly List<Security> _ordered = [];

    // One bit per position in _ordered: set while that security holds a position. The portfolio's value and margin are
    // sums over holdings, read at every step and before every fill, and a flat holding adds +0 to them, so they visit
    // these positions (in the same order) instead of every security: with a top-10 of 1,000 symbols, 10 instead of 1,000.
    private ulong[] _invested = [];

    public int Count => _ordered.Count;

    /// <summary>Securities in ordinal ticker order.</summary>
    public IReadOnlyList<Security> Values => _ordered;

    /// <summary>The same securities as a span, for the portfolio totals the engine reads several times a step (an indexed
    /// loop over the interface costs a dispatch per security). Valid until the next Add.</summary>
    internal ReadOnlySpan<Security> Span => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ordered);

    /// <exception cref="KeyNotFoundException">The symbol was not added with AddEquity.</exception>
    public Security this[Symbol symbol] =>
        Find(symbol) ?? throw new KeyNotFoundException($"{symbol} is not subscribed; call AddEquity first.");

    /// <exception cref="KeyNotFoundException">The ticker was not added with AddEquity.</exception>
    public Security this[string ticker] => this[Symbol.Create(ticker)];

    public bool ContainsKey(Symbol symbol) => Find(symbol) is not null;

    public bool TryGetValue(Symbol symbol, out Security security)
    {
        security = Find(symbol)!;
        return security is not null;
    }

    internal void Add(Security security)
    {
        if (Find(security.Symbol) is not null)
        {
            throw new InvalidOperationException($"{security.Symbol} is already subscribed.");
        }

        if (security.Manager is not null)
        {
            // Its position and invested bit are kept by one manager.
            throw new InvalidOperationException($"{security.Symbol} belongs to another algorithm's securities.");
        }

        var id = security.Symbol.Id;
        if (id >= _byId.Length)
        {
            Array.Resize(ref _byId, Math.Max(id + 1, _byId.Length * 2));
        }

        _byId[id] = security;

        // Insertion point by binary search (tickers are unique, so the search never finds an equal one): a universe of
        // thousands added in ticker order appends each time, and a scan compared every ticker per Add.
        var at = ~_ordered.BinarySearch(security, TickerOrder.Instance);
        _ordered.Insert(at, security);
        security.Manager = this;
        if (_invested.Length * 64 < _ordered.Count)
        {
            Array.Resize(ref _invested, Math.Max(1, _invested.Length * 2));
        }

        // Positions from the insertion point on moved by one: renumber them and their invested bits.
        for (var p = at; p < _ordered.Count; p++)
        {
            _ordered[p].Position = p;
            if (_ordered[p].Holdings.Invested)
            {
                _invested[p >> 6] |= 1UL << p;
            }
            else
            {
                _invested[p >> 6] &= ~(1UL << p);
            }
        }
    }

    /// <summary>The securities holding a position, in the order of <see cref="Span"/>. Valid until the next Add.</summary>
    internal InvestedSecurities Invested => new(Span, _invested);

    /// <summary>Called by a holding when it goes from flat to a position or back.</summary>
    internal void InvestedChanged(Security security)
    {
        var p = security.Position;
        if (security.Holdings.Invested)
        {
            _invested[p >> 6] |= 1UL << p;
        }
        else
        {
            _invested[p >> 6] &= ~(1UL << p);
        }
    }

    private Security? Find(Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var id = symbol.Id;
        return (uint)id < (uint)_byId.Length ? _byId[id] : null;
    }
}

/// <summary>Securities by ticker, ordinal (the manager's order).</summary>
internal sealed class TickerOrder : IComparer<Security>
{
    public static readonly TickerOrder Instance = new();

    public int Compare(Security? x, Security? y) => x!.Symbol.CompareTo(y!.Symbol);
}

/// <summary>The invested securities of a <see cref="SecurityManager"/> in its order (a set bit per position).</summary>
internal readonly ref struct InvestedSecurities(ReadOnlySpan<Security> securities, ulong[] words)
{
    private readonly ReadOnlySpan<Security> _securities = securities;
    private readonly ulong[] _words = words;

    public Enumerator GetEnumerator() => new(_securities, _words);

    public ref struct Enumerator(ReadOnlySpan<Security> securities, ulong[] words)
    {
        private readonly ReadOnlySpan<Security> _securities = securities;
        private readonly ulong[] _words = words;
        private int _word = -1;
        private ulong _bits;
        private Security _current = null!;

        public readonly Security Current => _current;

        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= _words.Length)
                {
                    return false;
                }

                _bits = _words[_word];
            }

            var position = (_word << 6) + System.Numerics.BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            _current = _securities[position];
            return true;
        }
    }
}
