using System.Numerics;

namespace Backtest.Engine.Statistics;

/// <summary>
/// LEAN's capacity estimate (SEMANTICS.md F.7) in a number type of the caller's choice: <see cref="decimal"/> is
/// LEAN's arithmetic; <see cref="double"/> is the fast path, which raises <see cref="Uncertain"/> at any decision whose
/// outcome the two types could disagree on (two symbols' capacities within <see cref="CapacityTolerance.Relative"/>,
/// a window length next to an integer, a value too small for decimal or too large for it). Inputs arrive as doubles,
/// as the engine keeps them; decimal converts them the way LEAN's own double-to-decimal casts do.
/// </summary>
internal sealed class CapacityModel<T>
    where T : IFloatingPoint<T>
{
    private static readonly TimeSpan CapacityEffectPeriod = TimeSpan.FromDays(30);
    private static readonly T OldWeight = T.CreateChecked(0.66m);
    private static readonly T NewWeight = T.CreateChecked(0.33m);

    // _symbols keeps first-fill order (the snapshot's tie-break). A few tracked symbols (the usual case) are found by
    // scanning it: callers pass the same string instance every time and string equality checks the reference first, so
    // that beats hashing the name; with more, the dictionary keeps per-bar and per-fill lookups O(1).
    private const int ScanLimit = 8;
    private readonly List<SymbolCapacityState<T>> _symbols = [];
    private readonly Dictionary<string, SymbolCapacityState<T>> _bySymbol = new(StringComparer.Ordinal);
    private int _monitoredCount;
    private readonly TimeSpan _snapshotPeriod;
    private DateTime _nextSnapshotDate;
    private double[] _holdings = new double[4];
    private int _lastHoldings;
    private bool _uncertain;

    public CapacityModel(DateTime startDate, DateTime endDate)
    {
        var days = Math.Max(Math.Min((endDate - startDate).TotalDays - 1, 7), 1);
        _snapshotPeriod = TimeSpan.FromDays(days);
        _nextSnapshotDate = startDate + _snapshotPeriod;
    }

    /// <summary>The unrounded estimate; zero while no snapshot has produced one.</summary>
    public T Capacity { get; private set; } = T.Zero;

    public string LowestCapacityAsset { get; private set; } = string.Empty;

    public bool IsMonitoring => _monitoredCount > 0;

    /// <summary>True once a decision was too close to call for <see cref="double"/> to be sure of decimal's outcome.</summary>
    public bool Uncertain => _uncertain;

    /// <summary>The holdings values read by the latest snapshot, one per tracked symbol in tracking order.</summary>
    public ReadOnlySpan<double> LastHoldings => _holdings.AsSpan(0, _lastHoldings);

    public bool IsSnapshotDue(DateTime time) => time.Date >= _nextSnapshotDate && _symbols.Count > 0;

    public void OnFill(string symbol, DateTime time, double price, double quantity)
    {
        if (Find(symbol) is not { } state)
        {
            state = new SymbolCapacityState<T>(symbol);
            _symbols.Add(state);
            _bySymbol.Add(symbol, state);
        }

        state.OnFill(time, Convert(price), Convert(Math.Abs(quantity)));
        if (!state.Monitored)
        {
            state.Monitored = true;
            _monitoredCount++;
        }
    }

    /// <summary>Offers a bar; returns whether the symbol is monitored after it (only a fill starts monitoring again).</summary>
    public bool OnBar(string symbol, DateTime stepTime, double close, double volume, TimeSpan period)
    {
        if (Find(symbol) is not { Monitored: true } state)
        {
            return false;
        }

        var closed = state.OnBar(stepTime, Convert(close), Convert(volume), period);
        _uncertain |= state.Uncertain;
        if (closed)
        {
            StopMonitoring(state);
            return false;
        }

        return true;
    }

    public bool IsMonitored(string symbol) => Find(symbol) is { Monitored: true };

    /// <summary>Takes a snapshot when due (or when <paramref name="final"/>); <paramref name="absoluteHoldingsValue"/> is
    /// read once per tracked symbol, in tracking order, and only when a snapshot is taken.</summary>
    public void EndTimeStep(DateTime time, double totalPortfolioValue, Func<string, double> absoluteHoldingsValue, bool final)
    {
        _lastHoldings = 0;
        var date = time.Date;
        if (!final && (date < _nextSnapshotDate || _symbols.Count == 0))
        {
            return;
        }

        var tpv = Convert(totalPortfolioValue);
        if (tpv == T.Zero || _symbols.Count == 0)
        {
            return;
        }

        if (_holdings.Length < _symbols.Count)
        {
            _holdings = new double[Math.Max(_symbols.Count, _holdings.Length * 2)];
        }

        for (var i = 0; i < _symbols.Count; i++)
        {
            _holdings[i] = absoluteHoldingsValue(_symbols[i].Symbol);
        }

        _lastHoldings = _symbols.Count;
        TakeSnapshot(tpv);
        for (var i = _symbols.Count - 1; i >= 0; i--)
        {
            var state = _symbols[i];
            if (_holdings[i] != 0 || time < state.LastFillTime + CapacityEffectPeriod)
            {
                state.ResetForNextSnapshot();
                continue;
            }

            _symbols.RemoveAt(i);
            _bySymbol.Remove(state.Symbol);
            StopMonitoring(state);
        }

        _nextSnapshotDate = date + _snapshotPeriod;
    }

    private SymbolCapacityState<T>? Find(string symbol)
    {
        if (_symbols.Count > ScanLimit)
        {
            return _bySymbol.TryGetValue(symbol, out var found) ? found : null;
        }

        foreach (var state in _symbols)
        {
            if (string.Equals(state.Symbol, symbol, StringComparison.Ordinal))
            {
                return state;
            }
        }

        return null;
    }

    private void StopMonitoring(SymbolCapacityState<T> state)
    {
        if (state.Monitored)
        {
            state.Monitored = false;
            _monitoredCount--;
        }
    }

    private void TakeSnapshot(T tpv)
    {
        var smallest = -1;
        var smallestCapacity = T.Zero;
        var totalSaleVolume = T.Zero;
        for (var i = 0; i < _symbols.Count; i++)
        {
            var state = _symbols[i];
            totalSaleVolume += state.SaleVolume;
            if (state.Trades == 0)
            {
                continue;
            }

            // Computed once per symbol and snapshot. Ties keep the first-traded symbol, like LEAN's stable OrderBy over
            // insertion order; near-ties are where double and decimal could pick different symbols.
            var capacity = state.MarketCapacityDollarVolume;
            if (capacity > T.Zero)
            {
                if (smallest >= 0)
                {
                    _uncertain |= CapacityTolerance.AreClose(double.CreateChecked(capacity), double.CreateChecked(smallestCapacity));
                }

                if (smallest < 0 || capacity < smallestCapacity)
                {
                    smallest = i;
                    smallestCapacity = capacity;
                }
            }
        }

        if (smallest < 0)
        {
            return;
        }

        var lowest = _symbols[smallest];
        LowestCapacityAsset = lowest.Symbol;
        var shareOfSales = totalSaleVolume != T.Zero ? lowest.SaleVolume / totalSaleVolume : T.Zero;
        var shareOfHoldings = Convert(_holdings[smallest]) / tpv;
        var scaling = T.Max(shareOfSales, shareOfHoldings);
        var estimate = scaling == T.Zero ? Capacity : smallestCapacity / T.CreateChecked(lowest.Trades) / scaling;
        Capacity = Capacity != T.Zero ? (NewWeight * estimate) + (OldWeight * Capacity) : estimate;
        _uncertain |= !CapacityTolerance.IsWithinDecimalRange(double.CreateChecked(Capacity));
    }

    private T Convert(double value)
    {
        _uncertain |= !CapacityTolerance.IsExactZeroOrNormal(value);
        return T.CreateChecked(value);
    }
}

/// <summary>The margins by which <see cref="CapacityModel{T}"/> in doubles must clear a decision to be sure decimal
/// makes the same one.</summary>
internal static class CapacityTolerance
{
    /// <summary>Relative margin. The model only adds positive terms, multiplies and divides, and blends with weights
    /// summing to less than one, so the double result drifts from decimal's by a few units of 1e-16 per operation; a
    /// million operations stay below 1e-9.</summary>
    public const double Relative = 1e-9;

    public static bool AreClose(double a, double b) => Math.Abs(a - b) <= Relative * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>False for values decimal would turn into zero or could not hold: |x| below 1e-20 (but not 0) or above 1e26.</summary>
    public static bool IsExactZeroOrNormal(double value) => value == 0 || (Math.Abs(value) >= 1e-20 && Math.Abs(value) <= 1e26);

    public static bool IsWithinDecimalRange(double value) => Math.Abs(value) <= 1e26;
}
