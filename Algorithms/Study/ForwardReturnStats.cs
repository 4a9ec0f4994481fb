namespace Backtest.Algorithms.Study;

/// <summary>
/// Forward returns over one horizon for a set of start days. Returns are simple fractions (not percent, not
/// annualised) from the close of the start day to the close h trading days later; the difference is small − large.
/// Shares are fractions of <see cref="Count"/>. With Count 0 every figure is NaN.
/// </summary>
public sealed record ForwardReturnStats(
    int Count,
    double MeanSmall,
    double MedianSmall,
    double MeanLarge,
    double MedianLarge,
    double MeanDifference,
    double MedianDifference,
    double SharePositiveSmall,
    double SharePositiveLarge,
    double ShareSmallBeatsLarge);
