using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;
using Backtest.Engine.Securities;
using Backtest.Engine.Statistics;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Feeds a <see cref="CapacityEstimator"/> from the run (SEMANTICS.md F.7): the fills of a time step (read from the order
/// events appended since the previous call), the bars the step's slice delivered, and the end-of-step snapshot check.
/// Symbols are keyed by their LEAN SecurityIdentifier string when the data carries one (else the ticker), so the
/// estimator's lowest-capacity asset is directly LEAN's printed value. Allocation-free on steps without fills.
/// At the end LEAN updates the estimate twice with force (AlgorithmManager after OnEndOfAlgorithm, then the result
/// handler's Exit), each time re-reading the last slice; <see cref="Finish"/> does the same.
/// </summary>
internal sealed class CapacityTracker
{
    private readonly CapacityEstimator _estimator;
    private readonly Security[] _securities;
    private readonly Slice _slice;
    private readonly string[] _ids;
    private readonly bool[] _barInLastStep;

    // Positions whose symbol the estimator may be monitoring: set by a fill, cleared when the estimator says a bar left
    // it unmonitored. Only a fill starts monitoring, so the bars of the other positions would change nothing; they are
    // not offered (a per-bar lookup by name for every security of a 1,000-symbol run).
    private readonly bool[] _monitored;
    private readonly Dictionary<string, Security> _byId;
    private readonly Func<string, double> _absoluteHoldings;
    private readonly SecurityPortfolioManager _portfolio;
    private readonly IReadOnlyList<OrderEvent> _events;
    private int _eventCursor;

    /// <param name="slice">The run's slice, built over <paramref name="securities"/> in the same order: it says which
    /// securities had a bar in a step and maps a fill's symbol to its security's position.</param>
    public CapacityTracker(Security[] securities, Slice slice, SecurityPortfolioManager portfolio, IReadOnlyList<OrderEvent> events, DateTime start, DateTime end)
    {
        _estimator = new CapacityEstimator(start, end);
        _securities = securities;
        _slice = slice;
        _portfolio = portfolio;
        _events = events;
        _ids = new string[securities.Length];
        _barInLastStep = new bool[securities.Length];
        _monitored = new bool[securities.Length];
        _byId = new Dictionary<string, Security>(StringComparer.Ordinal);
        for (var i = 0; i < securities.Length; i++)
        {
            _ids[i] = securities[i].Columns.Source.SecurityId ?? securities[i].Symbol.Value;
            _byId[_ids[i]] = securities[i];
        }

        _absoluteHoldings = AbsoluteHoldingsValue;
    }

    /// <summary>The rounded estimate (null when never estimated) and the limiting asset ("" when none).</summary>
    public (decimal? Capacity, string LowestCapacityAsset) Result => (_estimator.EstimatedCapacity, _estimator.LowestCapacityAsset);

    /// <summary>End of a time step: new fills, then the slice's bars, then a snapshot when one is due.</summary>
    public void EndTimeStep(DateTime time, bool final = false)
    {
        for (var p = 0; p < _securities.Length; p++)
        {
            _barInLastStep[p] = _slice.HasBar(p);
        }

        Update(time, final);
    }

    /// <summary>
    /// After the last step <paramref name="time"/> (fills made in OnEndOfAlgorithm included): LEAN's two forced updates.
    /// Each offers the last step's bars again, so a symbol whose volume window is still open at the end counts that bar
    /// once more, and each takes a snapshot (with nothing traded in between, the second one blends the same estimate
    /// in again, or decays it by 1% when flat). Verified: MACDTrend $950M, EquitySplitHoldingsDaily $370M,
    /// MarketOnCloseOrder $53B and MarketOnOpenOrder $1.4B need both.
    /// </summary>
    public void Finish(DateTime time)
    {
        Update(time, final: true);
        Update(time, final: true);
        _estimator.Close();
    }

    private void Update(DateTime time, bool final)
    {
        TakeFills();
        for (var p = 0; p < _securities.Length && _estimator.IsMonitoring; p++)
        {
            if (_barInLastStep[p] && _monitored[p])
            {
                var bar = _securities[p].CurrentBar;
                _monitored[p] = _estimator.OfferBar(_ids[p], time, bar.Close, bar.Volume, bar.EndTime - bar.Time);
            }
        }

        // The portfolio value costs a pass over all securities; only a snapshot reads it.
        if (final || _estimator.IsSnapshotDue(time))
        {
            _estimator.EndTimeStep(time, _portfolio.TotalPortfolioValue, _absoluteHoldings, final);
        }
    }

    private void TakeFills()
    {
        for (; _eventCursor < _events.Count; _eventCursor++)
        {
            var e = _events[_eventCursor];
            if (e.IsFill)
            {
                // The security by the symbol's number, not by a scan of all securities per fill.
                var p = _slice.PositionOf(e.Symbol);
                _estimator.OnFill(p >= 0 ? _ids[p] : e.Symbol.Value, e.Time, e.FillPrice, e.FillQuantity);
                if (p >= 0)
                {
                    _monitored[p] = true;
                }
            }
        }
    }

    private double AbsoluteHoldingsValue(string id) => _byId.TryGetValue(id, out var s) ? s.Holdings.AbsoluteHoldingsValue : 0;
}
