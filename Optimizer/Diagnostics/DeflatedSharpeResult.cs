namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// The deflated Sharpe ratio of a selected trial. Sharpe figures are per period (e.g. daily), not annualised.
/// <see cref="Probability"/> is the DSR: the probability that the true Sharpe exceeds <see cref="ExpectedMaximumSharpe"/>,
/// the Sharpe the best of <see cref="Trials"/> skill-less trials would be expected to show.
/// </summary>
public sealed record DeflatedSharpeResult(
    int Trials,
    double SharpeVariance,
    double ExpectedMaximumSharpe,
    double ObservedSharpe,
    int Observations,
    double Skewness,
    double Kurtosis,
    double Probability);
