using Backtest.Data.Model;

namespace Backtest.Engine.Securities;

/// <summary>The subscribed securities (LEAN's Securities), iterated in ordinal ticker order.</summary>
public sealed class SecurityManager
{
    private readonly Dictionary<Symbol, Security> _bySymbol = [];
    private readonly List<Security> _ordered = [];

    public int Count => _ordered.Count;

    /// <summary>Securities in ordinal ticker order.</summary>
    public IReadOnlyList<Security> Values => _ordered;

    /// <summary>The same securities as a span, for the portfolio totals the engine reads several times a step (an indexed
    /// loop over the interface costs a dispatch per security). Valid until the next Add.</summary>
    internal ReadOnlySpan<Security> Span => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_ordered);

    /// <exception cref="KeyNotFoundException">The symbol was not added with AddEquity.</exception>
    public Security this[Symbol symbol] =>
        _bySymbol.TryGetValue(symbol, out var s) ? s : throw new KeyNotFoundException($"{symbol} is not subscribed; call AddEquity first.");

    /// <exception cref="KeyNotFoundException">The ticker was not added with AddEquity.</exception>
    public Security this[string ticker] => this[Symbol.Create(ticker)];

    public bool ContainsKey(Symbol symbol) => _bySymbol.ContainsKey(symbol);

    public bool TryGetValue(Symbol symbol, out Security security) => _bySymbol.TryGetValue(symbol, out security!);

    internal void Add(Security security)
    {
        if (!_bySymbol.TryAdd(security.Symbol, security))
        {
            throw new InvalidOperationException($"{security.Symbol} is already subscribed.");
        }

        var at = 0;
        while (at < _ordered.Count && _ordered[at].Symbol < security.Symbol)
        {
            at++;
        }

        _ordered.Insert(at, security);
    }
}
