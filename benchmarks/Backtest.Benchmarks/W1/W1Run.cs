using Backtest.Algorithms.Strategies;
using Backtest.Engine.Backtesting;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// Runs W1 on the engine as the shipped StreakRotation with W1's settings (IWM alone against QQQ, 5 bp fee at the
/// fill price, fractional shares, no cash buffer, cash account).
/// </summary>
internal static class W1Run
{
    public const double Fee = 0.0005;

    public static readonly BacktestOptions Options = new() { EndDateOverride = W1Data.Last };

    /// <summary>What a sweep trial runs with (as the launcher's SweepTrial): no plots.</summary>
    public static readonly BacktestOptions SweepOptions = Options with { RecordPlots = false };

    public static StreakRotation CreateShipped(int threshold) => new()
    {
        IwmWeight = 1,
        LargeBasket = LargeBasketChoice.Qqq,
        Threshold = threshold,
        FeeBps = 5,
        FractionalShares = true,
        SizeAtFillPrice = true,
        CashBufferPercent = 0,
        CashAccount = true,
        StartYear = 2001,
    };

    public static BacktestResult Run(W1Data data, int threshold) =>
        new BacktestEngine(data.Frame, data.Calendar, Options).Run(CreateShipped(threshold));

    /// <summary>One sweep trial: W1 without plots.</summary>
    public static BacktestResult RunTrial(W1Data data, int threshold) =>
        new BacktestEngine(data.Frame, data.Calendar, SweepOptions with { ScheduleCache = data.Schedules }).Run(CreateShipped(threshold));

    /// <summary>One sweep trial as the launcher runs it: no plots, shared schedule and series storage (the series go back
    /// to the pool once the figure is read). Returns the final equity.</summary>
    public static double TrialEquity(W1Data data, int threshold) => TrialEquity(data, threshold, W1Data.Last);

    /// <summary><see cref="TrialEquity(W1Data, int)"/> ending at <paramref name="end"/>.</summary>
    public static double TrialEquity(W1Data data, int threshold, DateOnly end)
    {
        var options = SweepOptions with { EndDateOverride = end, ScheduleCache = data.Schedules, ResultBuffers = data.Buffers };
        var result = new BacktestEngine(data.Frame, data.Calendar, options).Run(CreateShipped(threshold));
        var equity = result.EndEquity;
        data.Buffers.Return(result);
        return equity;
    }

    /// <summary>W1 stopped early at <paramref name="end"/>, to separate fixed costs from per-day costs.</summary>
    public static BacktestResult Run(W1Data data, int threshold, DateOnly end) =>
        new BacktestEngine(data.Frame, data.Calendar, new BacktestOptions { EndDateOverride = end }).Run(CreateShipped(threshold));
}
