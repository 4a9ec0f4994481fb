using BenchmarkDotNet.Attributes;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// W1 sweep "100 trials (N = 1..100) &lt;= 30 ms on 2 cores": Parallel.For with 1 or 2 workers over one shared frame
/// (the frame is read-only during runs). Returns the sum of final equities so nothing is optimised away.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SweepBenchmarks
{
    private W1Data _data = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup() => _data = W1Data.Load();

    [Benchmark]
    public double Sweep100() => RunSweep(_data, Workers);

    internal static double RunSweep(W1Data data, int workers)
    {
        var finals = new double[100];
        Parallel.For(0, 100, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => finals[i] = W1Run.TrialEquity(data, i + 1));
        return finals.Sum();
    }
}
