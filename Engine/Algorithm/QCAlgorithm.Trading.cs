using Backtest.Data.Model;
using Backtest.Engine.Orders;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Algorithm;

/// <summary>Order placement with LEAN's submission rules (SEMANTICS.md B.1, B.4, D).</summary>
public abstract partial class QCAlgorithm
{
    /// <summary>LEAN's MarketOnCloseOrder.DefaultSubmissionTimeBuffer.</summary>
    private static readonly TimeSpan MocBuffer = TimeSpan.FromMinutes(15.5);

    private List<(PortfolioTarget Target, double Delta, bool Reducing, double Value)>? _spareHoldingsPlan;

    /// <summary>
    /// A market order. When the exchange is closed it becomes MarketOnOpen; for daily-only data it becomes MarketOnClose (or
    /// MarketOnOpen inside the 15.5-minute MOC buffer). A real market order is processed at once unless
    /// <paramref name="asynchronous"/>.
    /// </summary>
    public OrderTicket MarketOrder(Symbol symbol, double quantity, bool asynchronous = false, string tag = "")
    {
        var security = Securities[symbol];
        if (!security.Exchange.ExchangeOpen)
        {
            // Formatted only the first time: a strategy trading at every daily close converts thousands of orders.
            DebugOnce("moo-conversion", static a => $"Warning: the exchange is closed at {a.Time:O}; market orders are sent as MarketOnOpen orders.");

            return Place(symbol, OrderType.MarketOnOpen, quantity, tag, 0, 0);
        }

        if (security.Resolution == Resolution.Daily)
        {
            var type = Time >= security.Exchange.NextMarketClose(Time) - MocBuffer ? OrderType.MarketOnOpen : OrderType.MarketOnClose;
            return Place(symbol, type, quantity, tag, 0, 0);
        }

        var ticket = Place(symbol, OrderType.Market, quantity, tag, 0, 0);
        if (!asynchronous && ticket.Status == OrderStatus.Submitted)
        {
            // No compaction here: this may run inside a scan (from OnOrderEvent); the scan compacts when it ends.
            Brokerage.TryProcess(ticket.Order, Time);
        }

        return ticket;
    }

    public OrderTicket MarketOrder(string ticker, double quantity, bool asynchronous = false, string tag = "") =>
        MarketOrder(Symbol.Create(ticker), quantity, asynchronous, tag);

    /// <summary>Fills at the next session's opening price. Refused while the market is open unless the data is daily-only.</summary>
    public OrderTicket MarketOnOpenOrder(Symbol symbol, double quantity, string tag = "")
    {
        var security = Securities[symbol];
        if (security.Exchange.ExchangeOpen && security.Resolution != Resolution.Daily)
        {
            return Refused(symbol, OrderType.MarketOnOpen, quantity, tag, "MarketOnOpen orders are not allowed while the market is open.");
        }

        return Place(symbol, OrderType.MarketOnOpen, quantity, tag, 0, 0);
    }

    /// <summary>Fills at the next close's price. Refused inside the 15.5 minutes before the close.</summary>
    public OrderTicket MarketOnCloseOrder(Symbol symbol, double quantity, string tag = "")
    {
        var security = Securities[symbol];
        if (Time >= security.Exchange.NextMarketClose(Time) - MocBuffer && security.Exchange.ExchangeOpen)
        {
            return Refused(symbol, OrderType.MarketOnClose, quantity, tag, "MarketOnClose orders must be placed at least 15.5 minutes before the close.");
        }

        return Place(symbol, OrderType.MarketOnClose, quantity, tag, 0, 0);
    }

    public OrderTicket LimitOrder(Symbol symbol, double quantity, double limitPrice, string tag = "") =>
        Place(symbol, OrderType.Limit, quantity, tag, limitPrice, 0);

    public OrderTicket StopMarketOrder(Symbol symbol, double quantity, double stopPrice, string tag = "") =>
        Place(symbol, OrderType.StopMarket, quantity, tag, 0, stopPrice);

    public OrderTicket StopLimitOrder(Symbol symbol, double quantity, double stopPrice, double limitPrice, string tag = "") =>
        Place(symbol, OrderType.StopLimit, quantity, tag, limitPrice, stopPrice);

    /// <summary>
    /// The signed share change that moves <paramref name="symbol"/> to <paramref name="target"/> (fraction of portfolio
    /// value) at the current price (SEMANTICS.md D); 0 when no order is warranted.
    /// </summary>
    public double CalculateOrderQuantity(Symbol symbol, double target) => CalculateOrderQuantity(symbol, target, Portfolio.TotalPortfolioValue);

    /// <summary><see cref="CalculateOrderQuantity(Symbol, double)"/> against a total portfolio value already summed.</summary>
    private double CalculateOrderQuantity(Symbol symbol, double target, double totalPortfolioValue)
    {
        var security = Securities[symbol];
        var quantity = BuyingPowerModel.GetDeltaForTarget(totalPortfolioValue, security, target, security.Price, Settings, out var reason);
        if (reason is not null)
        {
            DebugOnce("sizing:" + symbol.Value, reason);
        }

        return quantity;
    }

    /// <summary>Moves one symbol to <paramref name="percentage"/> of portfolio value (1.0 = 100%).</summary>
    public List<OrderTicket> SetHoldings(Symbol symbol, double percentage, bool liquidateExistingHoldings = false, string tag = "") =>
        SetHoldings([new PortfolioTarget(symbol, percentage)], liquidateExistingHoldings, tag);

    public List<OrderTicket> SetHoldings(string ticker, double percentage, bool liquidateExistingHoldings = false, string tag = "") =>
        SetHoldings(Symbol.Create(ticker), percentage, liquidateExistingHoldings, tag);

    /// <summary>
    /// Moves several symbols to target fractions: all quantities are computed first, then orders are sent with position
    /// reductions first and then by descending order value (LEAN's OrderTargetsByMarginImpact).
    /// <paramref name="liquidateExistingHoldings"/> first liquidates every held symbol not in the list (ticker order).
    /// </summary>
    public List<OrderTicket> SetHoldings(List<PortfolioTarget> targets, bool liquidateExistingHoldings = false, string tag = "")
    {
        ArgumentNullException.ThrowIfNull(targets);
        var tickets = new List<OrderTicket>();
        if (liquidateExistingHoldings)
        {
            foreach (var security in Securities.Values)
            {
                if (security.Holdings.Invested && !targets.Exists(t => t.Symbol == security.Symbol))
                {
                    tickets.AddRange(Liquidate(security.Symbol, tag));
                }
            }
        }

        // The plan list is reused across calls; a nested SetHoldings (from OnOrderEvent during a fill) finds no spare
        // and makes its own.
        var planned = _spareHoldingsPlan ?? new List<(PortfolioTarget Target, double Delta, bool Reducing, double Value)>(targets.Count);
        _spareHoldingsPlan = null;
        try
        {
            PlanAndSend(targets, tag, planned, tickets);
        }
        finally
        {
            planned.Clear();
            _spareHoldingsPlan = planned;
        }

        return tickets;
    }

    private void PlanAndSend(List<PortfolioTarget> targets, string tag, List<(PortfolioTarget Target, double Delta, bool Reducing, double Value)> planned,
        List<OrderTicket> tickets)
    {
        // Sizing changes nothing (orders are sent after the whole plan), so every target sees the same total portfolio
        // value: summed once here, not once per target (that made a rebalance of S targets cost S x S holdings reads).
        var totalPortfolioValue = Portfolio.TotalPortfolioValue;
        foreach (var target in targets)
        {
            var security = Securities[target.Symbol];
            var delta = CalculateOrderQuantity(target.Symbol, target.Quantity, totalPortfolioValue);
            var existing = security.Holdings.Quantity + OpenQuantity(target.Symbol, marketLikeOnly: false);
            if (Math.Abs(delta) == 0)
            {
                continue;
            }

            var reducing = existing != 0 && Math.Abs(delta + existing) < Math.Abs(existing);
            planned.Add((target, delta, reducing, Math.Abs(delta * security.Price)));
        }

        // Reductions first, then larger order values; the input order breaks ties. A stable insertion sort in place:
        // there are a handful of targets, and the LINQ ordering allocated on every rebalance.
        for (var i = 1; i < planned.Count; i++)
        {
            var item = planned[i];
            var j = i - 1;
            for (; j >= 0 && SendsBefore(item, planned[j]); j--)
            {
                planned[j + 1] = planned[j];
            }

            planned[j + 1] = item;
        }

        foreach (var p in planned)
        {
            if (SetHoldingsImpl(p.Target.Symbol, p.Delta, p.Target.Tag ?? tag, p.Target.Quantity) is { } ticket)
            {
                tickets.Add(ticket);
            }
        }
    }

    /// <summary>
    /// Closes positions (all securities in ticker order when <paramref name="symbol"/> is null): cancels every open order
    /// that is not a plain market order and sends a market order for the rest (SEMANTICS.md B.4).
    /// </summary>
    public List<OrderTicket> Liquidate(Symbol? symbol = null, string tag = "Liquidated")
    {
        var tickets = new List<OrderTicket>();
        if (!Settings.LiquidateEnabled)
        {
            return tickets;
        }

        var symbols = symbol is null ? Securities.Values.Select(s => s.Symbol).ToList() : [symbol];
        foreach (var s in symbols)
        {
            var openMarket = 0.0;
            foreach (var ticket in Transactions.GetOpenOrderTickets(s))
            {
                if (ticket.OrderType == OrderType.Market)
                {
                    openMarket += ticket.Quantity - ticket.QuantityFilled;
                }
                else
                {
                    ticket.Cancel(tag);
                }
            }

            var held = Securities[s].Holdings.Quantity;
            var quantity = -held - openMarket;
            if (held != 0 && quantity != 0)
            {
                tickets.Add(MarketOrder(s, quantity, tag: tag));
            }
        }

        return tickets;
    }

    public List<OrderTicket> Liquidate(string ticker, string tag = "Liquidated") => Liquidate(Symbol.Create(ticker), tag);

    /// <summary>True when <paramref name="a"/> goes strictly before <paramref name="b"/>: reducing before not, then by
    /// descending value (double.CompareTo order, so NaN last).</summary>
    private static bool SendsBefore((PortfolioTarget Target, double Delta, bool Reducing, double Value) a, (PortfolioTarget Target, double Delta, bool Reducing, double Value) b) =>
        a.Reducing != b.Reducing ? a.Reducing : a.Value.CompareTo(b.Value) > 0;

    private OrderTicket? SetHoldingsImpl(Symbol symbol, double delta, string tag, double targetPercent)
    {
        // Open market/market-on-open orders will already move the position (LEAN's SetHoldingsImpl).
        var quantity = delta - OpenQuantity(symbol, marketLikeOnly: true);
        if (quantity == 0)
        {
            return null;
        }

        var percent = Settings.SizeTargetOrdersAtFillPrice ? targetPercent : (double?)null;
        var security = Securities[symbol];
        if (security.Exchange.ExchangeOpen)
        {
            return percent is null ? MarketOrder(symbol, quantity, tag: tag) : MarketOrderForTarget(symbol, quantity, tag, percent.Value);
        }

        return Place(symbol, OrderType.MarketOnOpen, quantity, tag, 0, 0, percent);
    }

    private OrderTicket MarketOrderForTarget(Symbol symbol, double quantity, string tag, double percent)
    {
        var security = Securities[symbol];
        if (security.Resolution == Resolution.Daily)
        {
            var type = Time >= security.Exchange.NextMarketClose(Time) - MocBuffer ? OrderType.MarketOnOpen : OrderType.MarketOnClose;
            return Place(symbol, type, quantity, tag, 0, 0, percent);
        }

        var ticket = Place(symbol, OrderType.Market, quantity, tag, 0, 0, percent);
        Brokerage.TryProcess(ticket.Order, Time);
        return ticket;
    }

    private double OpenQuantity(Symbol symbol, bool marketLikeOnly)
    {
        var total = 0.0;
        foreach (var order in Transactions.OpenOrdersInternal)
        {
            if (order.IsOpen && order.Symbol == symbol && (!marketLikeOnly || order.Type is OrderType.Market or OrderType.MarketOnOpen))
            {
                total += order.Quantity - order.QuantityFilled;
            }
        }

        return total;
    }

    private OrderTicket Place(Symbol symbol, OrderType type, double quantity, string tag, double limit, double stop, double? targetPercent = null)
    {
        if (IsWarmingUp)
        {
            return Refused(symbol, type, quantity, tag, "Orders are not allowed during warm-up.");
        }

        if (quantity == 0)
        {
            return Refused(symbol, type, quantity, tag, "Order quantity is zero.");
        }

        var ticket = Transactions.Create(symbol, type, quantity, tag, targetPercent);
        ticket.Order.LimitPrice = limit;
        ticket.Order.StopPrice = stop;
        if (!Securities[symbol].IsTradable)
        {
            Transactions.Reject(ticket.Order, $"{symbol} is not tradable (delisted).");
            return ticket;
        }

        Transactions.Submit(ticket.Order);
        return ticket;
    }

    /// <summary>
    /// A pre-submission refusal: like LEAN's pre-order checks, the order is not added to Transactions (not counted) and
    /// the ticket reports Invalid.
    /// </summary>
    private OrderTicket Refused(Symbol symbol, OrderType type, double quantity, string tag, string message)
    {
        Error(message);
        return Transactions.CreateDetachedInvalid(symbol, type, quantity, tag);
    }
}
