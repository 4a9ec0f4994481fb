namespace Backtest.Data.Lean;

/// <summary>
/// One minute of top-of-book quotes from a LEAN quote zip, in dollars and shares. <see cref="Time"/> is the start
/// and <see cref="EndTime"/> the end (New York). Sides without quotes hold 0, as in LEAN's files.
/// </summary>
public readonly record struct QuoteBar(
    DateTime Time,
    DateTime EndTime,
    double BidOpen,
    double BidHigh,
    double BidLow,
    double BidClose,
    double BidSize,
    double AskOpen,
    double AskHigh,
    double AskLow,
    double AskClose,
    double AskSize);
