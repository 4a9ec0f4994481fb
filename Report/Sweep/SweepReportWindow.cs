namespace Backtest.Report.Sweep;

/// <summary>
/// One walk-forward window: inclusive in-sample and out-of-sample dates, how many in-sample trials ran, the best
/// in-sample parameters ("" when none was accepted) and the target in and out of sample (null when missing), in the
/// target's unit (a percentage statistic as a fraction).
/// </summary>
public sealed record SweepReportWindow(
    int Number,
    DateOnly InSampleStart,
    DateOnly InSampleEnd,
    DateOnly OutOfSampleStart,
    DateOnly OutOfSampleEnd,
    int InSampleTrials,
    string BestParameters,
    double? InSampleTarget,
    double? OutOfSampleTarget);
