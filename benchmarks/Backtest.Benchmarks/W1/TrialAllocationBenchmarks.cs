using BenchmarkDotNet.Attributes;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// Target "steady-state allocation in the per-bar loop: 0 bytes", by the memory diagnoser: W1 as a sweep trial (no plots,
/// shared schedule, series storage reused through the pool) over 13 and over 25.5 years, N = 100 (no trades). Equal
/// Allocated for both lengths means the bars in between allocate nothing; what remains is the per-run set-up.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TrialAllocationBenchmarks
{
    private W1Data _data = null!;

    [Params(2013, 2026)]
    public int EndYear { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = W1Data.Load();
        W1Run.TrialEquity(_data, 100);
    }

    [Benchmark]
    public double PooledTrialNoTrades() => W1Run.TrialEquity(_data, 100, EndYear == 2026 ? W1Data.Last : new DateOnly(EndYear, 12, 31));
}
