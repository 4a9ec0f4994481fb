using Backtest.Engine.Indicators;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>Random price paths and a runner that records an indicator's outputs and readiness.</summary>
internal static class IndicatorFixture
{
    public static readonly DateTime Start = new(2020, 1, 2);

    /// <summary>A seeded random walk around 100 with occasional exact repeats (to exercise ties).</summary>
    public static double[] Prices(int count, int seed = 42)
    {
        var random = new Random(seed);
        var prices = new double[count];
        var price = 100.0;
        for (var i = 0; i < count; i++)
        {
            price = random.Next(10) == 0 ? price : price * (1 + (random.NextDouble() - 0.5) * 0.04);
            prices[i] = price;
        }

        return prices;
    }

    public static (double[] Values, bool[] Ready) Run(IndicatorBase indicator, double[] inputs)
    {
        var values = new double[inputs.Length];
        var ready = new bool[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            ready[i] = indicator.Update(Start.AddDays(i), inputs[i]);
            values[i] = indicator.Current.Value;
        }

        return (values, ready);
    }

    /// <summary>Asserts the indicator becomes ready exactly at sample <paramref name="readyAt"/> (1-based).</summary>
    public static void AssertReadyFrom(bool[] ready, int readyAt)
    {
        for (var i = 0; i < ready.Length; i++)
        {
            Assert.True(ready[i] == (i + 1 >= readyAt), $"sample {i + 1}: IsReady was {ready[i]}, expected ready from {readyAt}");
        }
    }

    public static void AssertClose(double[] expected, double[] actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"index {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    /// <summary>Steady-state bytes allocated on this thread by 10,000 updates (see <see cref="AllocationProbe"/>).</summary>
    public static long AllocatedBytesFor(IndicatorBase indicator)
    {
        var prices = Prices(10_000, seed: 7);
        return AllocationProbe.SteadyStateBytes(() =>
        {
            for (var i = 0; i < prices.Length; i++)
            {
                indicator.Update(Start.AddMinutes(i), prices[i]);
            }
        });
    }
}
