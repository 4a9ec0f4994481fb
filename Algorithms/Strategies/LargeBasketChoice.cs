namespace Backtest.Algorithms.Strategies;

/// <summary>Which large-cap tech basket a rotation holds when it leaves small caps.</summary>
public enum LargeBasketChoice
{
    /// <summary>QQQ alone.</summary>
    Qqq = 0,

    /// <summary>Equal weight of AAPL MSFT GOOGL AMZN NVDA META TSLA, each joining after its history threshold.</summary>
    MagnificentSeven = 1,
}
