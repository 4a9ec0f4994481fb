using Backtest.Algorithms.Signals;

namespace Backtest.Algorithms.Tests.Signals;

public sealed class RateCutSignalTests
{
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Fact]
    public void Update_SpreadCrossesThresholds_EntersAndExitsWithHysteresis()
    {
        // Fed funds 5.33 throughout; spreads (2y - ff): 0.1, -0.2, -0.3 (enter <= -0.25), -0.1, -0.26, 0.05 (exit >= 0), -0.2.
        double[] spreads = [0.1, -0.2, -0.3, -0.1, -0.26, 0.05, -0.2];
        var signal = new RateCutSignal(new RateCutSignalParameters(EntrySpread: -0.25, ExitSpread: 0.0));

        var regimes = spreads.Select((s, i) => Step(signal, i, 5.33, 5.33 + s).Regime).ToArray();

        // Between -0.25 and 0 the regime holds (days 3, 4 stay in; day 6 stays out).
        Regime[] expected = [N, N, S, S, S, N, N];
        Assert.Equal(expected, regimes);
    }

    [Fact]
    public void Update_OutsideRegimeLargeTech_ReturnsToLargeTech()
    {
        var signal = new RateCutSignal(new RateCutSignalParameters(EntrySpread: -0.5, ExitSpread: -0.1, OutsideRegime: Regime.LargeTech));
        Assert.Equal(Regime.LargeTech, Step(signal, 0, 5, 5).Regime);
        Assert.Equal(Regime.SmallCaps, Step(signal, 1, 5, 4.4).Regime);
        Assert.Equal(Regime.SmallCaps, Step(signal, 2, 5, 4.8).Regime);
        Assert.Equal(Regime.LargeTech, Step(signal, 3, 5, 4.95).Regime);
    }

    [Fact]
    public void SpreadChange_Lookback_IsDifferenceWithValueLookbackDaysAgo()
    {
        var signal = new RateCutSignal(new RateCutSignalParameters(LookbackDays: 2));
        double[] twoYear = [4.0, 3.9, 3.5, 3.6, 3.0];
        var changes = twoYear.Select((y, i) => Step(signal, i, 4.0, y).SpreadChange).ToArray();

        Assert.True(double.IsNaN(changes[0]) && double.IsNaN(changes[1]));
        // Independent: spread[t] - spread[t-2] = y[t] - y[t-2] with constant fed funds.
        Assert.Equal(3.5 - 4.0, changes[2], 12);
        Assert.Equal(3.6 - 3.9, changes[3], 12);
        Assert.Equal(3.0 - 3.5, changes[4], 12);
    }

    [Fact]
    public void LastPolicyChangeWasCut_TracksMovesBeyondTolerance()
    {
        var signal = new RateCutSignal(new RateCutSignalParameters(PolicyTolerance: 0.2));
        Step(signal, 0, 5.33, 5);
        Step(signal, 1, 5.20, 5); // 0.13 below the reference: noise
        Assert.False(signal.LastPolicyChangeWasCut);
        Step(signal, 2, 5.08, 5); // 0.25 below 5.33: a cut
        Assert.True(signal.LastPolicyChangeWasCut);
        Assert.Equal(T0.AddDays(2), signal.LastPolicyChangeTime);
        Step(signal, 3, 5.33, 5); // 0.25 above the new reference 5.08: a hike
        Assert.False(signal.LastPolicyChangeWasCut);
    }

    [Fact]
    public void Update_RequireCutTrend_EntersOnlyAfterACut()
    {
        var signal = new RateCutSignal(new RateCutSignalParameters(EntrySpread: -0.25, RequireCutTrend: true));
        Assert.Equal(Regime.Neutral, Step(signal, 0, 5.33, 4.5).Regime);
        Assert.Equal(Regime.Neutral, Step(signal, 1, 5.33, 4.5).Regime);
        Assert.Equal(Regime.SmallCaps, Step(signal, 2, 5.08, 4.5).Regime);
    }

    [Fact]
    public void Update_NaNInput_KeepsRegimeAndReportsNaNSpread()
    {
        var signal = new RateCutSignal(new RateCutSignalParameters());
        Step(signal, 0, 5, 4);
        Step(signal, 1, double.NaN, 4);
        Assert.True(double.IsNaN(signal.Spread));
        Assert.Equal(Regime.SmallCaps, signal.Regime);
    }

    [Fact]
    public void Update_LaterDataChanged_EarlierOutputsUnchanged()
    {
        double[] ff = [5, 5, 4.7, 4.7, 4.5, 4.5, 4.2, 4.2];
        double[] y2 = [4.9, 4.6, 4.4, 4.5, 4.6, 4.0, 4.1, 3.9];
        const int t = 4;
        var a = Outputs(ff, y2);
        var b = Outputs([.. ff.Select((v, i) => i > t ? v + 1 : v)], [.. y2.Select((v, i) => i > t ? v - 2 : v)]);
        Assert.Equal(a.Take(t + 1), b.Take(t + 1));
    }

    [Fact]
    public void Constructor_ExitBelowEntry_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RateCutSignal(new RateCutSignalParameters(EntrySpread: 0, ExitSpread: -0.5)));
        Assert.Equal("ExitSpread", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateCutSignal(new RateCutSignalParameters(OutsideRegime: Regime.SmallCaps)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateCutSignal(new RateCutSignalParameters(LookbackDays: 0)));
    }

    private const Regime N = Regime.Neutral;
    private const Regime S = Regime.SmallCaps;

    private static RateCutSignal Step(RateCutSignal signal, int day, double fedFunds, double twoYear)
    {
        signal.Update(T0.AddDays(day), fedFunds, twoYear);
        return signal;
    }

    private static (Regime, double, double, bool)[] Outputs(double[] ff, double[] y2)
    {
        var signal = new RateCutSignal(new RateCutSignalParameters(LookbackDays: 2, PolicyTolerance: 0.2));
        return [.. ff.Select((f, i) =>
        {
            Step(signal, i, f, y2[i]);
            return (signal.Regime, signal.Spread, signal.SpreadChange, signal.LastPolicyChangeWasCut);
        })];
    }
}
