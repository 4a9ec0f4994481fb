using BenchmarkDotNet.Attributes;
using Backtest.Engine.Backtesting;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// W1 target "one backtest with data loaded &lt;= 1 ms": the frame and calendar are loaded once in GlobalSetup, each
/// invocation builds the algorithm and engine and runs 6,399 days. Threshold 100 is nearly trade-free, so the
/// difference between the two isolates the per-order cost; MemoryDiagnoser gives allocated bytes per run.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SingleBacktestBenchmarks
{
    private W1Data _data = null!;

    [Params(5, 100)]
    public int Threshold { get; set; }

    [GlobalSetup]
    public void Setup() => _data = W1Data.Load();

    [Benchmark]
    public BacktestResult RunW1() => W1Run.Run(_data, Threshold);
}
