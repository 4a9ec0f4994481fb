using Backtest.Algorithms.Signals;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Algorithms.Tests.Signals;

public sealed class ValuationSpreadSignalTests
{
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Fact]
    public void ZScore_RandomSeries_MatchesDirectWindowComputation()
    {
        var gen = Gen.Choose(-500, 500).ArrayOf().Where(a => a.Length >= 4);
        Check.QuickThrowOnFailure(Prop.ForAll(Arb.From(gen), raw =>
        {
            const int window = 3;
            var values = raw.Select(v => 10 + (v / 100.0)).ToArray();
            var signal = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: window));
            for (var i = 0; i < values.Length; i++)
            {
                signal.Update(T0.AddDays(i), values[i]);
                var expected = i + 1 < window ? double.NaN : DirectZ(values.AsSpan(i + 1 - window, window));
                if (!(double.IsNaN(expected) ? double.IsNaN(signal.ZScore) : Math.Abs(signal.ZScore - expected) < 1e-9))
                {
                    return false;
                }
            }

            return true;
        }));
    }

    [Fact]
    public void Update_CraftedSeries_RegimesFollowThresholdsWithHysteresis()
    {
        // Window 4, entry 1, exit 0.5. Expected regimes replay the rule on z-scores computed directly (DirectZ);
        // the first full window [0,0,0,-1] has z = -1.5 (hand-computed: mean -0.25, sample std 0.5).
        double[] values = [0, 0, 0, -1, -0.5, -0.9, 2, 1];
        var signal = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: 4, EntryZ: 1.0, ExitZ: 0.5));
        var regimes = new List<Regime>();
        var expected = new List<Regime>();
        var state = Regime.Neutral;
        for (var i = 0; i < values.Length; i++)
        {
            signal.Update(T0.AddDays(i), values[i]);
            regimes.Add(signal.Regime);
            if (i >= 3)
            {
                var z = DirectZ(values.AsSpan(i - 3, 4));
                state = z <= -1 ? Regime.SmallCaps : z >= 1 ? Regime.LargeTech
                    : (state == Regime.SmallCaps && z >= -0.5) || (state == Regime.LargeTech && z <= 0.5) ? Regime.Neutral : state;
            }

            expected.Add(state);
        }

        Assert.Equal(expected, regimes);
        Assert.Equal(Regime.SmallCaps, regimes[3]);
        Assert.Contains(Regime.LargeTech, regimes);
    }

    [Fact]
    public void Update_LaterDataChanged_EarlierZScoresUnchanged()
    {
        double[] a = [1, 2, 3, 2, 1, 5, 4, 3];
        double[] b = [1, 2, 3, 2, 1, -5, 9, 0];
        Assert.Equal(ZScores(a).Take(5), ZScores(b).Take(5));
    }

    [Fact]
    public void Update_ConstantWindow_ZScoreNaNAndRegimeKept()
    {
        var signal = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: 2));
        signal.Update(T0, 1);
        signal.Update(T0.AddDays(1), 1);
        Assert.True(double.IsNaN(signal.ZScore));
        Assert.Equal(Regime.Neutral, signal.Regime);
    }

    [Fact]
    public void RelativePriceProxy_Value_IsLogRatioMinusItsMovingAverage()
    {
        double[] small = [0.01, -0.02, 0.03, 0.0, 0.01];
        double[] large = [0.0, 0.01, 0.01, -0.01, 0.02];
        var proxy = new RelativePriceProxy(3);
        // Independent: price indices from 1, ratio logs, SMA over 3.
        double ps = 1, pl = 1;
        var logs = new List<double>();
        for (var i = 0; i < small.Length; i++)
        {
            proxy.Update(T0.AddDays(i), small[i], large[i]);
            ps *= 1 + small[i];
            pl *= 1 + large[i];
            logs.Add(Math.Log(ps / pl));
            var expected = i < 2 ? double.NaN : logs[i] - logs.Skip(i - 2).Take(3).Average();
            Assert.Equal(expected, proxy.Value, 12);
        }
    }

    [Fact]
    public void Constructor_ExitAboveEntry_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ValuationSpreadSignal(new ValuationSpreadSignalParameters(EntryZ: 1, ExitZ: 2)));
        Assert.Equal("ExitZ", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelativePriceProxy(1));
    }

    private static double DirectZ(ReadOnlySpan<double> window)
    {
        var mean = 0.0;
        foreach (var v in window)
        {
            mean += v / window.Length;
        }

        var ss = 0.0;
        foreach (var v in window)
        {
            ss += (v - mean) * (v - mean);
        }

        var std = Math.Sqrt(ss / (window.Length - 1));
        return std < 1e-12 ? double.NaN : (window[^1] - mean) / std;
    }

    private static double[] ZScores(double[] values)
    {
        var signal = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window: 3));
        return [.. values.Select((v, i) =>
        {
            signal.Update(T0.AddDays(i), v);
            return signal.ZScore;
        })];
    }
}
