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
/// </summary>
internal sealed class CapacityTracker
{
    private readonly CapacityEstimator _estimator;
    private readonly Security[] _securities;
    private readonly string[] _ids;
    private readonly Dictionary<string, Security> _byId;
    private readonly Func<string, double> _absoluteHoldings;
    private readonly SecurityPortfolioManager _portfolio;
    private readonly IReadOnlyList<OrderEvent> _events;
    private int _eventCursor;

    public CapacityTracker(Security[] securities, SecurityPortfolioManager portfolio, IReadOnlyList<OrderEvent> events, DateTime start, DateTime end)
    {
        _estimator = new CapacityEstimator(start, end);
        _securities = securities;
        _portfolio = portfolio;
        _events = events;
        _ids = new string[securities.Length];
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
    public void EndTimeStep(DateTime time, Slice slice, bool final = false)
    {
        TakeFills();
        for (var p = 0; p < _securities.Length && _estimator.IsMonitoring; p++)
        {
            if (slice.HasBar(p))
            {
                var bar = _securities[p].CurrentBar;
                _estimator.OnBar(_ids[p], time, bar.Close, bar.Volume, bar.EndTime - bar.Time);
            }
        }

        // The portfolio value costs a pass over all securities; only a snapshot reads it.
        if (final || _estimator.IsSnapshotDue(time))
        {
            _estimator.EndTimeStep(time, _portfolio.TotalPortfolioValue, _absoluteHoldings, final);
        }
    }

    /// <summary>Fills after the last step (e.g. in OnEndOfAlgorithm) and the forced final snapshot.</summary>
    public void Finish(DateTime time)
    {
        TakeFills();
        _estimator.EndTimeStep(time, _portfolio.TotalPortfolioValue, _absoluteHoldings, final: true);
    }

    private void TakeFills()
    {
        for (; _eventCursor < _events.Count; _eventCursor++)
        {
            var e = _events[_eventCursor];
            if (e.IsFill)
            {
                _estimator.OnFill(IdOf(e), e.Time, e.FillPrice, e.FillQuantity);
            }
        }
    }

    private string IdOf(OrderEvent e)
    {
        for (var p = 0; p < _securities.Length; p++)
        {
            if (_securities[p].Symbol.Equals(e.Symbol))
            {
                return _ids[p];
            }
        }

        return e.Symbol.Value;
    }

    private double AbsoluteHoldingsValue(string id) => _byId.TryGetValue(id, out var s) ? s.Holdings.AbsoluteHoldingsValue : 0;
}
