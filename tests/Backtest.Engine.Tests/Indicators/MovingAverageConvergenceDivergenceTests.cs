using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class MovingAverageConvergenceDivergenceTests
{
    [Fact]
    public void Update_RandomSeries_MatchesEmaDifferenceAndDelayedSignal()
    {
        var prices = IndicatorFixture.Prices(300);
        var macd = new MovingAverageConvergenceDivergence(12, 26, 9);
        var values = new double[prices.Length];
        var signal = new double[prices.Length];
        var histogram = new double[prices.Length];
        var ready = new bool[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            ready[i] = macd.Update(IndicatorFixture.Start.AddDays(i), prices[i]);
            values[i] = macd.Current.Value;
            signal[i] = macd.Signal.Current.Value;
            histogram[i] = macd.Histogram;
        }

        var fast = Ema(prices, 12);
        var slow = Ema(prices, 26);
        var line = fast.Zip(slow, (f, s) => f - s).ToArray();
        // The signal sees the line only from sample 26 on (both EMAs ready).
        var signalExpected = new double[prices.Length];
        Array.Copy(Ema(line[25..], 9), 0, signalExpected, 25, prices.Length - 25);
        var histogramExpected = line.Select((l, i) => i >= 25 + 8 ? l - signalExpected[i] : 0).ToArray();

        IndicatorFixture.AssertClose(line, values);
        IndicatorFixture.AssertClose(signalExpected, signal);
        IndicatorFixture.AssertClose(histogramExpected, histogram);
        IndicatorFixture.AssertReadyFrom(ready, 34);
        Assert.Equal(34, macd.WarmUpPeriod);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new MovingAverageConvergenceDivergence(12, 26, 9)));
    }

    private static double[] Ema(double[] x, int n)
    {
        var k = 2.0 / (n + 1);
        var result = new double[x.Length];
        for (var i = n - 1; i < x.Length; i++)
        {
            result[i] = i == n - 1 ? x[..n].Average() : x[i] * k + result[i - 1] * (1 - k);
        }

        return result;
    }
}
