namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// One walk-forward window: inclusive period indices and dates of the in-sample and out-of-sample parts, numbered
/// from 1. The out-of-sample part starts strictly after the in-sample part ends.
/// </summary>
public sealed record WalkForwardWindow(
    int Number,
    int InSampleFirst,
    int InSampleLast,
    int OutOfSampleFirst,
    int OutOfSampleLast,
    DateOnly InSampleStart,
    DateOnly InSampleEnd,
    DateOnly OutOfSampleStart,
    DateOnly OutOfSampleEnd)
{
    /// <summary>A text naming the window, used to scope trial keys ("w003 2020-01-02..2020-12-31").</summary>
    public string Label(bool outOfSample) => outOfSample
        ? $"w{Number:000} oos {OutOfSampleStart:yyyy-MM-dd}..{OutOfSampleEnd:yyyy-MM-dd}"
        : $"w{Number:000} is {InSampleStart:yyyy-MM-dd}..{InSampleEnd:yyyy-MM-dd}";
}
