namespace Backtest.Engine.Statistics;

/// <summary>
/// LEAN's "Estimated Strategy Capacity" and "Lowest Capacity Asset" (SEMANTICS.md F.7), fed by events instead of
/// reading an algorithm. Per time step call <see cref="OnFill"/> for each fill, <see cref="OnBar"/> for each bar
/// delivered at that step, then <see cref="EndTimeStep"/>; after the last step call it once more with
/// <c>final: true</c>. Times must be in one zone throughout; LEAN uses UTC, which matters for the snapshot dates.
/// Not thread-safe; one run owns one estimator. Not a per-bar hot path for the engine (called on filled symbols).
/// </summary>
public sealed class CapacityEstimator
{
    private static readonly TimeSpan CapacityEffectPeriod = TimeSpan.FromDays(30);

    // _symbols keeps first-fill order (the snapshot's tie-break); the dictionaries make per-bar and per-fill lookups
    // O(1), which matters with hundreds of traded symbols.
    private readonly List<SymbolCapacityState> _symbols = [];
    private readonly Dictionary<string, SymbolCapacityState> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SymbolCapacityState> _monitored = new(StringComparer.Ordinal);
    private readonly TimeSpan _snapshotPeriod;
    private DateTime _nextSnapshotDate;
    private decimal _capacity;

    /// <summary>Creates an estimator for a run from <paramref name="startDate"/> to <paramref name="endDate"/> (LEAN passes
    /// its EndDate, 23:59:59.9999999 of the last day); snapshots are taken every min(max(days - 1, 1), 7) days, days being
    /// the fractional length of the run, so a 3-day run snapshots on the third date, not the second.</summary>
    public CapacityEstimator(DateTime startDate, DateTime endDate)
    {
        var days = Math.Max(Math.Min((endDate - startDate).TotalDays - 1, 7), 1);
        _snapshotPeriod = TimeSpan.FromDays(days);
        _nextSnapshotDate = startDate + _snapshotPeriod;
    }

    /// <summary>The estimate in account currency, rounded to a multiple of 1000 and then to 2 significant digits
    /// (LEAN's printed value); null while no snapshot has produced one.</summary>
    public decimal? EstimatedCapacity => _capacity == 0 ? null : RoundToSignificantDigits(Math.Round(_capacity / 1000m) * 1000m, 2);

    /// <summary>The symbol that limited the latest estimate, or "" when none.</summary>
    public string LowestCapacityAsset { get; private set; } = string.Empty;

    /// <summary>True while some symbol is monitored after a fill, i.e. while <see cref="OnBar"/> can have an effect.</summary>
    public bool IsMonitoring => _monitored.Count > 0;

    /// <summary>True when <see cref="EndTimeStep"/> at <paramref name="time"/> (not final) would take a snapshot, so a
    /// caller can skip computing its arguments on the other steps.</summary>
    public bool IsSnapshotDue(DateTime time) => time.Date >= _nextSnapshotDate && _symbols.Count > 0;

    /// <summary>Records a fill of <paramref name="quantity"/> (signed) at <paramref name="price"/>.</summary>
    public void OnFill(string symbol, DateTime time, double price, double quantity)
    {
        if (!_bySymbol.TryGetValue(symbol, out var state))
        {
            state = new SymbolCapacityState(symbol);
            _symbols.Add(state);
            _bySymbol.Add(symbol, state);
        }

        state.OnFill(time, (decimal)price, (decimal)Math.Abs(quantity));
        _monitored.TryAdd(symbol, state);
    }

    /// <summary>Offers a bar delivered at <paramref name="stepTime"/>; ignored unless the symbol is being monitored
    /// after a fill. <paramref name="period"/> is the bar's length (a strict daily bar is 6.5 h).</summary>
    public void OnBar(string symbol, DateTime stepTime, double close, double volume, TimeSpan period)
    {
        if (_monitored.TryGetValue(symbol, out var state) && state.OnBar(stepTime, (decimal)close, (decimal)volume, period))
        {
            _monitored.Remove(symbol);
        }
    }

    /// <summary>Takes a snapshot when the step's date reaches the next snapshot date (or when <paramref name="final"/>).
    /// <paramref name="absoluteHoldingsValue"/> gives |quantity x price| of a symbol's position (0 when flat).</summary>
    public void EndTimeStep(DateTime time, double totalPortfolioValue, Func<string, double> absoluteHoldingsValue, bool final = false)
    {
        var date = time.Date;
        if (!final && (date < _nextSnapshotDate || _symbols.Count == 0))
        {
            return;
        }

        var tpv = (decimal)totalPortfolioValue;
        if (tpv == 0 || _symbols.Count == 0)
        {
            return;
        }

        TakeSnapshot(tpv, absoluteHoldingsValue);
        for (var i = _symbols.Count - 1; i >= 0; i--)
        {
            var state = _symbols[i];
            var invested = absoluteHoldingsValue(state.Symbol) != 0;
            if (invested || time < state.LastFillTime + CapacityEffectPeriod)
            {
                state.ResetForNextSnapshot();
                continue;
            }

            _symbols.RemoveAt(i);
            _bySymbol.Remove(state.Symbol);
            _monitored.Remove(state.Symbol);
        }

        _nextSnapshotDate = date + _snapshotPeriod;
    }

    private void TakeSnapshot(decimal tpv, Func<string, double> absoluteHoldingsValue)
    {
        SymbolCapacityState? smallest = null;
        var smallestCapacity = 0m;
        var totalSaleVolume = 0m;
        foreach (var state in _symbols)
        {
            totalSaleVolume += state.SaleVolume;
            if (state.Trades == 0)
            {
                continue;
            }

            // A decimal product: computed once per symbol and snapshot. Ties keep the first-traded symbol, like LEAN's
            // stable OrderBy over insertion order.
            var capacity = state.MarketCapacityDollarVolume;
            if (capacity > 0 && (smallest is null || capacity < smallestCapacity))
            {
                smallest = state;
                smallestCapacity = capacity;
            }
        }

        if (smallest is null)
        {
            return;
        }

        LowestCapacityAsset = smallest.Symbol;
        var shareOfSales = totalSaleVolume != 0 ? smallest.SaleVolume / totalSaleVolume : 0;
        var shareOfHoldings = (decimal)absoluteHoldingsValue(smallest.Symbol) / tpv;
        var scaling = Math.Max(shareOfSales, shareOfHoldings);
        var estimate = scaling == 0 ? _capacity : smallestCapacity / smallest.Trades / scaling;
        _capacity = _capacity != 0 ? 0.33m * estimate + 0.66m * _capacity : estimate;
    }

    private static decimal RoundToSignificantDigits(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var scale = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Abs(value))) + 1);
        return scale * Math.Round(value / scale, digits);
    }
}
