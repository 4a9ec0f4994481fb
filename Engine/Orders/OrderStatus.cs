namespace Backtest.Engine.Orders;

/// <summary>Order life-cycle states with LEAN's names. Orders never fill partially with the built-in models.</summary>
public enum OrderStatus
{
    New = 0,
    Submitted = 1,
    PartiallyFilled = 2,
    Filled = 3,
    Canceled = 5,
    None = 6,
    Invalid = 7,
}
