using BenchmarkDotNet.Attributes;
using Backtest.Benchmarks.W1;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Statistics;

namespace Backtest.Benchmarks;

/// <summary>
/// Cost of LEAN's statistics for one W1 result (N = 5: 6,399 daily samples plus intraday samples, ~hundreds of fills),
/// with the constant 1% risk-free rate. The backtest itself runs once in GlobalSetup.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StatisticsBenchmarks
{
    private BacktestResult _result = null!;

    [GlobalSetup]
    public void Setup() => _result = W1Run.Run(W1Data.Load(), 5);

    [Benchmark]
    public LeanStatistics BuildStatistics() => StatisticsBuilder.Build(_result, _ => StatisticsBuilder.DefaultRiskFreeRateValue);
}
