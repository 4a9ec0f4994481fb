using Backtest.Data.Model;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// The data of one time step handed to OnData. One instance is reused for the whole run: do not keep it or its bars
/// beyond the call (copy the <see cref="TradeBar"/> values you need; they are structs).
/// </summary>
public sealed class Slice
{
    // Position of each security by Symbol.Id (-1: not in this run); symbols are interned, so this replaces a hash lookup.
    private readonly int[] _positionById;
    private readonly Security[] _securities;
    private readonly bool[] _has;
    private readonly Dictionary<Symbol, Dividend> _dividends = [];
    private readonly Dictionary<Symbol, Split> _splits = [];
    private readonly Dictionary<Symbol, Delisting> _delistings = [];

    internal Slice(IReadOnlyList<Security> securities)
    {
        _securities = [.. securities];
        _has = new bool[_securities.Length];
        _positionById = new int[_securities.Length == 0 ? 0 : _securities.Max(s => s.Symbol.Id) + 1];
        Array.Fill(_positionById, -1);
        for (var i = 0; i < _securities.Length; i++)
        {
            _positionById[_securities[i].Symbol.Id] = i;
        }
    }

    /// <summary>Algorithm time of the step (New York).</summary>
    public DateTime Time { get; internal set; }

    public TradeBars Bars => new(this);

    /// <summary>Dividends with ex-date at this step (empty most of the time).</summary>
    public IReadOnlyDictionary<Symbol, Dividend> Dividends => _dividends;

    /// <summary>Splits occurring at this step.</summary>
    public IReadOnlyDictionary<Symbol, Split> Splits => _splits;

    /// <summary>Delisting notices at this step.</summary>
    public IReadOnlyDictionary<Symbol, Delisting> Delistings => _delistings;

    /// <summary>True when the step carries any bar, dividend, split or delisting (OnData is called only then).</summary>
    public bool HasData => BarCount > 0 || _dividends.Count > 0 || _splits.Count > 0 || _delistings.Count > 0;

    internal int BarCount { get; private set; }

    /// <exception cref="KeyNotFoundException">No bar for the symbol in this step.</exception>
    public TradeBar this[Symbol symbol] =>
        TryGetValue(symbol, out var bar) ? bar : throw new KeyNotFoundException($"The slice at {Time:O} has no bar for {symbol}.");

    public bool ContainsKey(Symbol symbol) => PositionOf(symbol) is var i && i >= 0 && _has[i];

    public bool TryGetValue(Symbol symbol, out TradeBar bar)
    {
        var i = PositionOf(symbol);
        if (i >= 0 && _has[i])
        {
            var s = _securities[i];
            var b = s.CurrentBar;
            bar = new TradeBar(s.Symbol, b.Time, b.EndTime, b.Open, b.High, b.Low, b.Close, b.Volume, s.IsFillForward);
            return true;
        }

        bar = default;
        return false;
    }

    /// <summary>The position of <paramref name="symbol"/>'s security in the engine's security order, -1 when it is not in
    /// this run.</summary>
    internal int PositionOf(Symbol symbol)
    {
        var id = symbol.Id;
        return (uint)id < (uint)_positionById.Length ? _positionById[id] : -1;
    }

    /// <summary>True when the security at <paramref name="position"/> (the engine's security order) has a bar in this slice.</summary>
    internal bool HasBar(int position) => _has[position];

    internal void MarkBar(int position)
    {
        _has[position] = true;
        BarCount++;
    }

    internal void AddDividend(Dividend dividend) => _dividends[dividend.Symbol] = dividend;

    internal void AddSplit(Split split) => _splits[split.Symbol] = split;

    internal void AddDelisting(Delisting delisting) => _delistings[delisting.Symbol] = delisting;

    internal void Reset()
    {
        if (BarCount > 0)
        {
            Array.Clear(_has);
            BarCount = 0;
        }

        if (_dividends.Count > 0)
        {
            _dividends.Clear();
        }

        if (_splits.Count > 0)
        {
            _splits.Clear();
        }

        if (_delistings.Count > 0)
        {
            _delistings.Clear();
        }
    }
}
