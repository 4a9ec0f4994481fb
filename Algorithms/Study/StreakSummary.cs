namespace Backtest.Algorithms.Study;

/// <summary>
/// The longest and the most recent run of each side within a date range (null when a side never won a day).
/// Ties for the longest go to the earliest run.
/// </summary>
public sealed record StreakSummary(
    string SmallName,
    string LargeName,
    DateOnly First,
    DateOnly Last,
    StreakRun? LongestSmall,
    StreakRun? LastSmall,
    StreakRun? LongestLarge,
    StreakRun? LastLarge);
