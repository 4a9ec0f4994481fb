using BenchmarkDotNet.Attributes;

namespace Backtest.Benchmarks;

/// <summary>
/// Cost of the LEAN-faithful decimal arithmetic the engine's result recorder does once per calendar day (daily sample:
/// equity rounded to 4 decimals via decimal, percent change rounded to 10 decimals, benchmark SmartRounding), written
/// here independently to size that share of the per-day cost. 9,294 samples per invocation (W1's calendar days).
/// </summary>
[ShortRunJob]
public class DecimalSamplingBenchmarks
{
    private const int Days = 9_294;
    private readonly double[] _values = new double[Days];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var value = 100_000.0;
        for (var i = 0; i < Days; i++)
        {
            value *= 1 + ((random.NextDouble() - 0.5) * 0.03);
            _values[i] = value;
        }
    }

    [Benchmark(Baseline = true)]
    public double DoubleOnly()
    {
        var sum = 0.0;
        for (var i = 1; i < Days; i++)
        {
            sum += Math.Round(_values[i], 4) + Math.Round((_values[i] - _values[i - 1]) * 100 / _values[i - 1], 10);
        }

        return sum;
    }

    [Benchmark]
    public double DecimalDailySample()
    {
        var sum = 0.0;
        for (var i = 1; i < Days; i++)
        {
            var equity = (double)Math.Round((decimal)_values[i], 4);
            var change = (double)Math.Round(((decimal)_values[i] - (decimal)_values[i - 1]) * 100m / (decimal)_values[i - 1], 10);
            var benchmark = (double)Math.Round((decimal)(_values[i] / 1000), 4);
            sum += equity + change + benchmark;
        }

        return sum;
    }

    /// <summary>The engine's integer-arithmetic versions of the same three roundings (bit-identical to the decimal ones).</summary>
    [Benchmark]
    public double EngineDailySample()
    {
        var sum = 0.0;
        for (var i = 1; i < Days; i++)
        {
            var equity = Backtest.Engine.Backtesting.DecimalRounding.Round(_values[i], 4);
            var change = Backtest.Engine.Backtesting.DecimalRounding.PercentChange(_values[i], _values[i - 1]);
            var benchmark = Backtest.Engine.Backtesting.DecimalRounding.Round(_values[i] / 1000, 4);
            sum += equity + change + benchmark;
        }

        return sum;
    }

    /// <summary>The engine's daily percent change alone (LEAN's performance point).</summary>
    [Benchmark]
    public double EnginePercentChange()
    {
        var sum = 0.0;
        for (var i = 1; i < Days; i++)
        {
            sum += Backtest.Engine.Backtesting.DecimalRounding.PercentChange(_values[i], _values[i - 1]);
        }

        return sum;
    }
}
