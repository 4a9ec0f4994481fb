namespace Backtest.Algorithms.Study;

/// <summary>
/// A maximal run of consecutive trading days won by one side. <see cref="Start"/> and <see cref="End"/> are the
/// first and last winning days (their closes); <see cref="Length"/> counts trading days, both ends included.
/// Indices refer to the frame's time index.
/// </summary>
public readonly record struct StreakRun(StreakSide Side, DateOnly Start, DateOnly End, int StartIndex, int EndIndex)
{
    public int Length => EndIndex - StartIndex + 1;
}
