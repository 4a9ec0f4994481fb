using Backtest.Data.Calendar;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;
using Backtest.Engine.Orders.Fills;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Dividends and splits derived from factor files as LEAN's event providers do (SEMANTICS.md E): for consecutive rows
/// R, N whose factors differ, an event at 00:00 of the trading day after R. Raw mode: dividends are paid in cash and
/// splits change holdings; SplitAdjusted: dividends only; Adjusted/TotalReturn: events are reported, nothing is booked.
/// Delistings come from caller-supplied last trading dates (map files): the position is closed at the last price, no fee.
/// </summary>
internal sealed class CorporateActionSchedule
{
    private readonly CorporateAction[] _actions;
    private int _cursor;

    private CorporateActionSchedule(CorporateAction[] actions) => _actions = actions;

    public DateTime NextTime => _cursor < _actions.Length ? _actions[_cursor].Time : DateTime.MaxValue;

    /// <param name="delistings">Last trading date per symbol (a LEAN map file's last row when it is not 2050-12-31).</param>
    public static CorporateActionSchedule Build(
        IReadOnlyList<Security> securities, TradingCalendar calendar, DateTime from, DateTime to, IReadOnlyDictionary<Symbol, DateOnly> delistings)
    {
        var actions = new List<CorporateAction>();
        foreach (var security in securities)
        {
            if (delistings.TryGetValue(security.Symbol, out var last))
            {
                AddIfInRange(actions, new CorporateAction(last.ToDateTime(TimeOnly.MinValue), security, CorporateActionKind.DelistingWarning, 0, 0), from, to);
                AddIfInRange(actions, new CorporateAction(calendar.NextTradingDay(last).ToDateTime(TimeOnly.MinValue), security, CorporateActionKind.Delisted, 0, 0), from, to);
            }

            var rows = security.Columns.Factors?.Rows;
            if (rows is null || !security.Columns.Source.PricesAreRaw)
            {
                continue;
            }

            for (var i = 0; i + 1 < rows.Count; i++)
            {
                var (r, n) = (rows[i], rows[i + 1]);
                var time = calendar.NextTradingDay(r.Date).ToDateTime(TimeOnly.MinValue);
                if (time < from || time > to)
                {
                    continue;
                }

                if (r.PriceFactor != n.PriceFactor)
                {
                    // Dividend.cs: distribution rounded to cents with .NET's default (banker's) rounding on decimals.
                    var reference = (decimal)r.ReferencePrice;
                    var distribution = Math.Round(reference - (reference * (decimal)r.PriceFactor / (decimal)n.PriceFactor), 2);
                    actions.Add(new CorporateAction(time, security, CorporateActionKind.Dividend, (double)distribution, r.ReferencePrice));
                }

                if (r.SplitFactor != n.SplitFactor)
                {
                    actions.Add(new CorporateAction(time, security, CorporateActionKind.Split, (double)((decimal)r.SplitFactor / (decimal)n.SplitFactor), r.ReferencePrice));
                }
            }
        }

        // Deterministic order: time, then ticker, then kind (dividends, splits, delisting notices).
        var ordered = actions.OrderBy(a => a.Time).ThenBy(a => a.Security.Symbol).ThenBy(a => a.Kind).ToArray();
        return new CorporateActionSchedule(ordered);
    }

    private static void AddIfInRange(List<CorporateAction> actions, CorporateAction action, DateTime from, DateTime to)
    {
        if (action.Time >= from && action.Time <= to)
        {
            actions.Add(action);
        }
    }

    /// <summary>Books and reports the actions at <paramref name="time"/>; returns true when there were any.</summary>
    public bool Apply(DateTime time, SecurityPortfolioManager portfolio, Slice slice, BacktestingBrokerage brokerage, SecurityTransactionManager transactions)
    {
        var any = false;
        while (_cursor < _actions.Length && _actions[_cursor].Time <= time)
        {
            var a = _actions[_cursor++];
            if (a.Time < time)
            {
                continue;
            }

            any = true;
            var security = a.Security;
            var mode = security.DataNormalizationMode;
            if (a.Kind is CorporateActionKind.DelistingWarning or CorporateActionKind.Delisted)
            {
                if (a.Kind == CorporateActionKind.Delisted)
                {
                    transactions.CancelOpenOrders(security.Symbol, "Delisted");
                    brokerage.CloseAtLastPrice(security, time);
                    security.IsTradable = false;
                }

                slice.AddDelisting(new Delisting(security.Symbol, time, a.Kind == CorporateActionKind.DelistingWarning));
                continue;
            }

            if (a.Kind == CorporateActionKind.Split)
            {
                if (mode == DataNormalizationMode.Raw)
                {
                    security.ApplySplitToCache(a.Value);
                    portfolio.AddCash(security.Holdings.ApplySplit(a.Value, security.Price));
                    AdjustOpenOrders(transactions, security.Symbol, a.Value);
                }

                slice.AddSplit(new Split(security.Symbol, time, a.Value, a.ReferencePrice));
                continue;
            }

            if (mode is DataNormalizationMode.Raw or DataNormalizationMode.SplitAdjusted)
            {
                var amount = security.Holdings.Quantity * a.Value;
                portfolio.AddCash(amount);
                security.Holdings.AddDividend(amount);
            }

            slice.AddDividend(new Dividend(security.Symbol, time, a.Value, a.ReferencePrice));
        }

        return any;
    }

    /// <summary>
    /// Keeps the notional of open orders across a split in Raw mode, as LEAN's AlgorithmManager does through
    /// DefaultBrokerageModel.ApplySplit: quantity = trunc(quantity / factor) (whole shares, LEAN casts to int), limit and
    /// stop prices x factor; market-type orders keep their prices. In the other modes prices are already split-adjusted.
    /// </summary>
    private static void AdjustOpenOrders(SecurityTransactionManager transactions, Symbol symbol, double factor)
    {
        foreach (var ticket in transactions.GetOpenOrderTickets(symbol))
        {
            var quantity = Math.Truncate(ticket.Quantity / factor);
            if (quantity == 0)
            {
                // LEAN rejects an update to zero quantity as a whole, so the order stays as it was.
                continue;
            }

            var type = ticket.OrderType;
            var order = ticket.Order;
            ticket.Update(
                quantity: quantity,
                limitPrice: type is OrderType.Limit or OrderType.StopLimit ? order.LimitPrice * factor : null,
                stopPrice: type is OrderType.StopMarket or OrderType.StopLimit ? order.StopPrice * factor : null);
        }
    }
}
