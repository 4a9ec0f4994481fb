namespace Backtest.Algorithms.Study;

/// <summary>
/// The outcome of an <see cref="EventStudy"/>: figures per horizon (ascending) and the small-beats-large runs of the
/// period (chronological) so a user can see which runs produced the events.
/// </summary>
public sealed record EventStudyResult(
    string SmallName,
    string LargeName,
    string EventName,
    DateOnly First,
    DateOnly Last,
    int EventDays,
    IReadOnlyList<HorizonResult> Horizons,
    IReadOnlyList<StreakRun> Runs);
