using Backtest.Data.Model;

namespace Backtest.Engine.Orders;

/// <summary>
/// An order as the transaction manager holds it. Quantity is signed shares (negative sells); prices in dollars in the
/// security's normalization mode. State changes only through the engine.
/// </summary>
public sealed class Order
{
    internal Order(int id, Symbol symbol, OrderType type, double quantity, DateTime time, string tag)
    {
        Id = id;
        Symbol = symbol;
        Type = type;
        Quantity = quantity;
        Time = time;
        CreatedTime = time;
        Tag = tag;
        Status = OrderStatus.New;
    }

    /// <summary>Order id, counted from 1 in submission order.</summary>
    public int Id { get; }

    public Symbol Symbol { get; }

    public OrderType Type { get; }

    /// <summary>Signed quantity in shares.</summary>
    public double Quantity { get; internal set; }

    /// <summary>Submission time (New York). Updates do not change it.</summary>
    public DateTime Time { get; }

    /// <summary>Same as <see cref="Time"/>; kept for LEAN's name.</summary>
    public DateTime CreatedTime { get; }

    /// <summary>Time of the last fill or cancel, or null.</summary>
    public DateTime? LastFillTime { get; internal set; }

    public OrderStatus Status { get; internal set; }

    public string Tag { get; internal set; }

    /// <summary>Limit price for Limit and StopLimit orders, else 0.</summary>
    public double LimitPrice { get; internal set; }

    /// <summary>Stop price for StopMarket and StopLimit orders, else 0.</summary>
    public double StopPrice { get; internal set; }

    /// <summary>Sticky flag of stop-limit orders once the stop price has been touched.</summary>
    public bool StopTriggered { get; internal set; }

    /// <summary>Average fill price in dollars (0 before the fill).</summary>
    public double Price { get; internal set; }

    /// <summary>Signed shares filled so far.</summary>
    public double QuantityFilled { get; internal set; }

    /// <summary>Fee charged at fill, dollars.</summary>
    public double Fee { get; internal set; }

    /// <summary>
    /// When set (and <c>Settings.SizeTargetOrdersAtFillPrice</c> was on at submission), the quantity is recomputed at fill
    /// time from this portfolio fraction and the fill price. Not a LEAN feature.
    /// </summary>
    internal double? TargetPercent { get; init; }

    public OrderDirection Direction => Quantity > 0 ? OrderDirection.Buy : Quantity < 0 ? OrderDirection.Sell : OrderDirection.Hold;

    /// <summary>True while the order can still fill.</summary>
    public bool IsOpen => Status is OrderStatus.New or OrderStatus.Submitted or OrderStatus.PartiallyFilled;
}
