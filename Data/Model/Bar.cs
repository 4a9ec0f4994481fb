namespace Backtest.Data.Model;

/// <summary>
/// One trade bar. <see cref="Time"/> is the bar's start and <see cref="EndTime"/> its end, both in
/// New York time; a strategy may only see a bar from its end time on. Prices in dollars, volume in shares.
/// </summary>
public readonly record struct Bar(
    DateTime Time,
    DateTime EndTime,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume);
