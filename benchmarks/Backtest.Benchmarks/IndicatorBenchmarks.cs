using BenchmarkDotNet.Attributes;
using Backtest.Engine.Indicators;

namespace Backtest.Benchmarks;

/// <summary>
/// Indicator update cost: 6,400 updates (one W1 year-span of daily closes, a synthetic random walk with a fixed seed)
/// per invocation, so ns per update = mean / 6,400. MemoryDiagnoser shows whether Update allocates.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IndicatorBenchmarks
{
    private const int Count = 6_400;
    private readonly double[] _prices = new double[Count];
    private readonly DateTime[] _times = new DateTime[Count];
    private SimpleMovingAverage _sma = null!;
    private ExponentialMovingAverage _ema = null!;
    private RelativeStrengthIndex _rsi = null!;
    private StandardDeviation _std = null!;
    private MomentumPercent _momp = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260122);
        var price = 100.0;
        for (var i = 0; i < Count; i++)
        {
            price *= 1 + ((random.NextDouble() - 0.5) * 0.04);
            _prices[i] = price;
            _times[i] = new DateTime(2001, 1, 2).AddDays(i);
        }

        _sma = new SimpleMovingAverage(50);
        _ema = new ExponentialMovingAverage(50);
        _rsi = new RelativeStrengthIndex(14);
        _std = new StandardDeviation(20);
        _momp = new MomentumPercent(252);
    }

    [Benchmark]
    public double Sma50() => Feed(_sma);

    [Benchmark]
    public double Ema50() => Feed(_ema);

    [Benchmark]
    public double Rsi14() => Feed(_rsi);

    [Benchmark]
    public double Std20() => Feed(_std);

    [Benchmark]
    public double Momp252() => Feed(_momp);

    private double Feed(IndicatorBase indicator)
    {
        indicator.Reset();
        for (var i = 0; i < Count; i++)
        {
            indicator.Update(_times[i], _prices[i]);
        }

        return indicator.Current.Value;
    }
}
