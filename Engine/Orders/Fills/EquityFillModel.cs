using Backtest.Data.Model;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fills;

/// <summary>
/// LEAN's EquityFillModel on trade bars (SEMANTICS.md B.3). Only the security's last real (not filled-forward) bar is
/// used, so fill-forward bars never fill. Orders fill completely or not at all. Allocation-free.
/// </summary>
internal sealed class EquityFillModel
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    /// <summary>Returns true and the fill price (slippage included) when <paramref name="order"/> fills at <paramref name="now"/>.</summary>
    public bool TryFill(Security security, Order order, DateTime now, TimeSpan stalePriceSpan, out double price)
    {
        price = 0;
        if (!security.HasTradeBar)
        {
            return false;
        }

        var bar = security.LastTradeBar;
        var raw = order.Type switch
        {
            OrderType.Market => MarketPrice(security, bar, now, stalePriceSpan),
            OrderType.MarketOnOpen => MarketOnOpenPrice(security, bar, order, now),
            OrderType.MarketOnClose => now >= security.Exchange.NextMarketClose(order.Time) ? bar.Close : double.NaN,
            OrderType.Limit => LimitPrice(security, bar, order, now),
            OrderType.StopMarket => StopMarketPrice(security, bar, order, now),
            OrderType.StopLimit => StopLimitPrice(security, bar, order, now),
            _ => double.NaN,
        };
        if (double.IsNaN(raw))
        {
            return false;
        }

        price = order.Type is OrderType.Limit or OrderType.StopLimit ? raw : WithSlippage(security, order, raw);
        return true;
    }

    /// <summary>
    /// LEAN's FillModel.IsExchangeOpen: open now, or the last bar spans more than an hour, ends today and the exchange was
    /// open during it (so a daily bar delivered at 16:00 counts as open).
    /// </summary>
    internal static bool IsExchangeOpen(Security security, Bar bar, DateTime now)
    {
        var hours = security.Exchange.Hours;
        if (hours.IsOpen(now))
        {
            return true;
        }

        var date = DateOnly.FromDateTime(bar.EndTime);
        if (bar.EndTime - bar.Time <= OneHour || bar.EndTime.Date != now.Date || !hours.IsTradingDay(date))
        {
            return false;
        }

        return bar.Time < date.ToDateTime(hours.CloseOn(date)) && bar.EndTime > date.ToDateTime(hours.OpenOn(date));
    }

    private static double MarketPrice(Security security, Bar bar, DateTime now, TimeSpan stale)
    {
        if (!IsExchangeOpen(security, bar, now))
        {
            return double.NaN;
        }

        var age = now - bar.EndTime;
        if (age > stale)
        {
            // Hour/daily subscriptions wait for a fresh bar; finer ones only when more than one bar is missing.
            var waits = security.Resolution is Resolution.Hour or Resolution.Daily || age > bar.EndTime - bar.Time;
            if (waits)
            {
                return double.NaN;
            }
        }

        return bar.Close;
    }

    private static double MarketOnOpenPrice(Security security, Bar bar, Order order, DateTime now)
    {
        if (bar.Time < order.Time || bar.EndTime <= order.Time)
        {
            return double.NaN;
        }

        // Placed during regular hours: today's open has passed, so wait for a bar of a later date.
        if (security.Exchange.Hours.IsOpen(order.Time) && bar.Time.Date <= order.Time.Date)
        {
            return double.NaN;
        }

        return IsExchangeOpen(security, bar, now) ? bar.Open : double.NaN;
    }

    private static double LimitPrice(Security security, Bar bar, Order order, DateTime now)
    {
        if (bar.EndTime <= order.Time || !IsExchangeOpen(security, bar, now))
        {
            return double.NaN;
        }

        var limit = order.LimitPrice;
        if (order.Quantity > 0)
        {
            return bar.Low < limit ? Math.Min(bar.Open, limit) : double.NaN;
        }

        return bar.High > limit ? Math.Max(bar.Open, limit) : double.NaN;
    }

    private static double StopMarketPrice(Security security, Bar bar, Order order, DateTime now)
    {
        if (bar.EndTime <= order.Time || !IsExchangeOpen(security, bar, now))
        {
            return double.NaN;
        }

        var stop = order.StopPrice;
        if (order.Quantity > 0)
        {
            return bar.High >= stop ? Math.Max(stop, bar.Open) : double.NaN;
        }

        return bar.Low <= stop ? Math.Min(stop, bar.Open) : double.NaN;
    }

    private static double StopLimitPrice(Security security, Bar bar, Order order, DateTime now)
    {
        if (bar.EndTime <= order.Time || !IsExchangeOpen(security, bar, now))
        {
            return double.NaN;
        }

        var buy = order.Quantity > 0;
        if (buy ? bar.High > order.StopPrice : bar.Low < order.StopPrice)
        {
            order.StopTriggered = true;
        }

        if (!order.StopTriggered)
        {
            return double.NaN;
        }

        if (buy)
        {
            return bar.Close < order.LimitPrice ? Math.Min(bar.High, order.LimitPrice) : double.NaN;
        }

        return bar.Close > order.LimitPrice ? Math.Max(bar.Low, order.LimitPrice) : double.NaN;
    }

    private static double WithSlippage(Security security, Order order, double price)
    {
        var slip = security.SlippageModel.GetSlippageApproximation(security, order.Quantity, price);
        return order.Quantity > 0 ? price + slip : price - slip;
    }
}
