namespace Backtest.Algorithms.Strategies;

/// <summary>How a regime or score becomes weights.</summary>
public enum AllocationMode
{
    /// <summary>Everything in the basket the regime names (cash or unchanged when neutral).</summary>
    AllIn = 0,

    /// <summary>Small-cap share = (score + 1) / 2 of the portfolio, the rest in the large basket.</summary>
    Graded = 1,
}
