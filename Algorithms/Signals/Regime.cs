namespace Backtest.Algorithms.Signals;

/// <summary>Which side of the small-cap versus large-cap rotation a signal favours at a close.</summary>
public enum Regime
{
    /// <summary>No view: the strategy holds cash (or its neutral allocation). The state before any decision.</summary>
    Neutral = 0,

    /// <summary>Favour the small-cap basket.</summary>
    SmallCaps = 1,

    /// <summary>Favour the large-cap technology basket.</summary>
    LargeTech = 2,
}
