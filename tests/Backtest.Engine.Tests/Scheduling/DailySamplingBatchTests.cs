using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Backtesting;

namespace Backtest.Engine.Tests.Scheduling;

/// <summary>
/// While the daily sampling is the only scheduled event, the schedule fires all its due midnights in one call (a weekend's
/// three at once); with any other event it fires them one at a time between the others. Both must sample the same series.
/// </summary>
public sealed class DailySamplingBatchTests
{
    [Fact]
    public void Run_SamplingAloneOrBesideAnotherEvent_SamplesTheSameSeries()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var alone = new BacktestEngine(frame, calendar).Run(BacktestEngineTests.RotatingAlgorithm());
        var noon = 0;
        var besideAnother = BacktestEngineTests.RotatingAlgorithm(a => a.Schedule.On(a.DateRules.EveryDay(), a.TimeRules.At(12, 0), () => noon++));
        var beside = new BacktestEngine(frame, calendar).Run(besideAnother);

        Assert.True(noon >= 30, $"the other event fired {noon} times");
        // January 2024 has 31 midnights, 4 weekends and a holiday: batches of more than one midnight occur.
        Assert.Equal(32, alone.Performance.Count);
        Assert.Equal(beside.Equity, alone.Equity);
        Assert.Equal(beside.Benchmark, alone.Benchmark);
        Assert.Equal(beside.Performance, alone.Performance);
        Assert.Equal(beside.PortfolioTurnover, alone.PortfolioTurnover);
        Assert.Equal(beside.OrderHash, alone.OrderHash);
    }
}
