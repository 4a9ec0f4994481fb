namespace Backtest.Algorithms.Study;

/// <summary>Which basket won every day of a streak run.</summary>
public enum StreakSide
{
    /// <summary>The small basket's daily return exceeded the large basket's every day.</summary>
    SmallBeatsLarge = 0,

    /// <summary>The large basket's daily return exceeded the small basket's every day.</summary>
    LargeBeatsSmall = 1,
}
