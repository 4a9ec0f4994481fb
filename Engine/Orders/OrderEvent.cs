using Backtest.Data.Model;

namespace Backtest.Engine.Orders;

/// <summary>
/// A change of an order's state. <see cref="FillQuantity"/> is signed (negative sells); <see cref="FillPrice"/>
/// and <see cref="OrderFee"/> are in dollars and zero unless the event is a fill. Time is New York local time.
/// </summary>
public readonly record struct OrderEvent(
    int OrderId,
    Symbol Symbol,
    DateTime Time,
    OrderStatus Status,
    OrderDirection Direction,
    double FillPrice,
    double FillQuantity,
    double OrderFee,
    string Message)
{
    /// <summary>True when the event is a (complete) fill.</summary>
    public bool IsFill => Status is OrderStatus.Filled or OrderStatus.PartiallyFilled;
}
