using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Running;

/// <summary>
/// A progress report, sent after every trial. <see cref="Total"/> counts the trials of the rounds started so far
/// (an Euler search adds rounds as it goes). <see cref="RatePerSecond"/> counts executed trials only, not those
/// answered from the store; <see cref="Eta"/> is null until one trial has executed.
/// </summary>
public sealed record SweepProgress(
    int Completed,
    int Total,
    int Failed,
    int Reused,
    TimeSpan Elapsed,
    double RatePerSecond,
    TimeSpan? Eta,
    TrialParameters? Best,
    decimal? BestScore);
