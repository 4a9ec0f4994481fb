namespace Backtest.Engine.Orders;

/// <summary>Side of an order or fill.</summary>
public enum OrderDirection
{
    Buy = 0,
    Sell = 1,
    Hold = 2,
}
