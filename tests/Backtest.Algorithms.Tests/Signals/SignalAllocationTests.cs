using Backtest.Algorithms.Signals;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Signals;

/// <summary>STYLE.md rule 5: signal updates allocate nothing in steady state.</summary>
public sealed class SignalAllocationTests
{
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Fact]
    public void Update_AllSignals_ZeroBytesPerUpdate()
    {
        var streak = new StreakSignal(new StreakSignalParameters(3, 0.0001, 2));
        var rate = new RateCutSignal(new RateCutSignalParameters(LookbackDays: 5));
        var valuation = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: 10));
        var proxy = new RelativePriceProxy(10);
        var composite = new CompositeSignal([streak, rate, valuation], new CompositeSignalParameters([1, 1, 1]));
        Run(streak, rate, valuation, proxy, composite, 0, 50);

        var from = 50;
        var allocated = AllocationProbe.SteadyStateBytes(() =>
        {
            Run(streak, rate, valuation, proxy, composite, from, from + 1000);
            from += 1000;
        });

        Assert.Equal(0, allocated);
    }

    private static void Run(StreakSignal s, RateCutSignal r, ValuationSpreadSignal v, RelativePriceProxy p, CompositeSignal c, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var time = T0.AddDays(i);
            var small = Math.Sin(i * 0.7) * 0.01;
            var large = Math.Cos(i * 0.3) * 0.01;
            s.Update(time, small, large);
            r.Update(time, 5.0 - (i * 0.001), 4.5 + Math.Sin(i * 0.1));
            p.Update(time, small, large);
            v.Update(time, p.Value);
            c.Update(time);
        }
    }
}
