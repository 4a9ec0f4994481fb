using Backtest.Data.Model;

namespace Backtest.Engine.Securities;

/// <summary>The subscribed securities (LEAN's Securities), iterated in ordinal ticker order.</summary>
public sealed class SecurityManager
{
    // By Symbol.Id (symbols are interned, one instance and number per ticker): SetHoldings, fills and strategies look
    // securities up several times per order and per step, and an array index is cheaper than a dictionary probe.
    private Security?[] _byId = [];
    private readonly List<Security> _ordered = [];

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

        var id = security.Symbol.Id;
        if (id >= _byId.Length)
        {
            Array.Resize(ref _byId, Math.Max(id + 1, _byId.Length * 2));
        }

        _byId[id] = security;

        var at = 0;
        while (at < _ordered.Count && _ordered[at].Symbol < security.Symbol)
        {
            at++;
        }

        _ordered.Insert(at, security);
    }

    private Security? Find(Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var id = symbol.Id;
        return (uint)id < (uint)_byId.Length ? _byId[id] : null;
    }
}
