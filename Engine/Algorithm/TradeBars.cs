using Backtest.Data.Model;

namespace Backtest.Engine.Algorithm;

/// <summary>The bars of one time step, keyed by symbol (a view over the slice; no copy).</summary>
public readonly struct TradeBars
{
    private readonly Slice _slice;

    internal TradeBars(Slice slice) => _slice = slice;

    public int Count => _slice.BarCount;

    /// <exception cref="KeyNotFoundException">No bar for the symbol in this step.</exception>
    public TradeBar this[Symbol symbol] => _slice[symbol];

    public bool ContainsKey(Symbol symbol) => _slice.ContainsKey(symbol);

    public bool TryGetValue(Symbol symbol, out TradeBar bar) => _slice.TryGetValue(symbol, out bar);
}
