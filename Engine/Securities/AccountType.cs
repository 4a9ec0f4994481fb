namespace Backtest.Engine.Securities;

/// <summary>Brokerage account type (LEAN's names). A cash account forces leverage 1 and refuses short positions.</summary>
public enum AccountType
{
    Margin = 0,
    Cash = 1,
}
