using Backtest.Data.Model;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Backtesting;

/// <summary>An order's final state, for results. Quantity signed shares; prices and fee in dollars.</summary>
public readonly record struct OrderRecord(
    int Id,
    Symbol Symbol,
    OrderType Type,
    double Quantity,
    DateTime Time,
    OrderStatus Status,
    double FillPrice,
    DateTime? LastFillTime,
    double Fee,
    double LimitPrice,
    double StopPrice,
    string Tag)
{
    internal static OrderRecord From(Order o) =>
        new(o.Id, o.Symbol, o.Type, o.Quantity, o.Time, o.Status, o.Price, o.LastFillTime, o.Fee, o.LimitPrice, o.StopPrice, o.Tag);
}
