using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fills;

/// <summary>
/// Evaluates open orders against the latest bars (LEAN's BacktestingBrokerage.Scan, SEMANTICS.md B.2): buying power is
/// checked first, then the fill model; fees are charged at fill; the portfolio is updated. Allocation-free when nothing fills.
/// </summary>
internal sealed class BacktestingBrokerage
{
    private readonly SecurityManager _securities;
    private readonly SecurityPortfolioManager _portfolio;
    private readonly SecurityTransactionManager _transactions;
    private readonly AlgorithmSettings _settings;
    private readonly EquityFillModel _fillModel = new();

    /// <summary>Closed trades built from this brokerage's fills (F.5).</summary>
    public TradeBuilder Trades { get; } = new();

    public BacktestingBrokerage(SecurityManager securities, SecurityPortfolioManager portfolio, SecurityTransactionManager transactions, AlgorithmSettings settings)
    {
        _securities = securities;
        _portfolio = portfolio;
        _transactions = transactions;
        _settings = settings;
    }

    /// <summary>
    /// Evaluates every open order in id order at time <paramref name="now"/>, including orders appended by event handlers
    /// during the scan; closed orders leave the open book only here, so indices stay valid while scanning.
    /// </summary>
    public void Scan(DateTime now)
    {
        var open = _transactions.OpenOrdersInternal;
        if (open.Count == 0)
        {
            return;
        }

        for (var i = 0; i < open.Count; i++)
        {
            TryProcess(open[i], now);
        }

        _transactions.CompactOpenOrders();
    }

    /// <summary>Evaluates one order; returns true when it filled.</summary>
    public bool TryProcess(Order order, DateTime now)
    {
        // Non-market orders are never evaluated in the time step that created them (SEMANTICS.md B.2).
        if (!order.IsOpen || (order.Type != OrderType.Market && order.Time == now))
        {
            return false;
        }

        var security = _securities[order.Symbol];
        if (order.TargetPercent is null && !PassesBuyingPower(order, security, security.Price))
        {
            return false;
        }

        if (!_fillModel.TryFill(security, order, now, _settings.StalePriceTimeSpan, out var price))
        {
            return false;
        }

        if (order.TargetPercent is { } target && !ResizeAtFill(order, security, target, price))
        {
            return false;
        }

        var quantity = order.Quantity;
        var fee = security.FeeModel.GetOrderFee(security, quantity, price);
        _portfolio.AddCash(-(quantity * price) - fee);
        var realised = security.Holdings.ApplyFill(quantity, price, fee);
        if (!double.IsNaN(realised))
        {
            _transactions.AddTransactionRecord(now, realised - (2 * fee));
        }

        Trades.OnFill(order.Symbol, now, quantity, price, fee);
        _transactions.RecordFill(order, price, fee);
        return true;
    }

    /// <summary>Closes a delisted position at the last price with no fee (LEAN's delisting liquidation).</summary>
    public void CloseAtLastPrice(Security security, DateTime now)
    {
        var quantity = -security.Holdings.Quantity;
        if (quantity == 0)
        {
            return;
        }

        var ticket = _transactions.Create(security.Symbol, OrderType.Market, quantity, "Liquidate from delisting");
        _transactions.Submit(ticket.Order);
        var price = security.Price;
        _portfolio.AddCash(-(quantity * price));
        var realised = security.Holdings.ApplyFill(quantity, price, 0);
        if (!double.IsNaN(realised))
        {
            _transactions.AddTransactionRecord(now, realised);
        }

        Trades.OnFill(security.Symbol, now, quantity, price, 0);
        _transactions.RecordFill(ticket.Order, price, 0);
    }

    /// <summary>LEAN checks at the current price; orders re-sized at fill are checked at their fill price instead.</summary>
    private bool PassesBuyingPower(Order order, Security security, double price)
    {
        var fee = security.FeeModel.GetOrderFee(security, order.Quantity, price);
        if (BuyingPowerModel.HasSufficientBuyingPower(_portfolio, security, order.Quantity, fee, price))
        {
            return true;
        }

        _transactions.Reject(order, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Insufficient buying power for order {order.Id}: {order.Quantity} {order.Symbol}, margin remaining {_portfolio.MarginRemaining:F2}."));
        return false;
    }

    private bool ResizeAtFill(Order order, Security security, double target, double price)
    {
        var quantity = BuyingPowerModel.GetDeltaForTarget(_portfolio, security, target, price, _settings, out _);
        if (quantity == 0)
        {
            _transactions.Cancel(order, "Nothing to trade at the fill price");
            return false;
        }

        order.Quantity = quantity;
        return PassesBuyingPower(order, security, price);
    }
}
