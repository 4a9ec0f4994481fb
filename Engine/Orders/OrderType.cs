namespace Backtest.Engine.Orders;

/// <summary>Order types with LEAN's names (SEMANTICS.md B).</summary>
public enum OrderType
{
    Market = 0,
    Limit = 1,
    StopMarket = 2,
    StopLimit = 3,
    MarketOnOpen = 4,
    MarketOnClose = 5,
}
