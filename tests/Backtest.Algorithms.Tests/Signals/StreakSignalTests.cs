using Backtest.Algorithms.Signals;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Algorithms.Tests.Signals;

public sealed class StreakSignalTests
{
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Fact]
    public void Update_CraftedDifferences_SwitchesOnKnownDays()
    {
        // d = small - large per day; N = 3. Small wins days 0-2 -> SmallCaps at day 2; large wins 3-4, equal at 5
        // (reset), large wins 6-8 -> LargeTech at day 8.
        double[] d = [0.01, 0.02, 0.01, -0.01, -0.01, 0.0, -0.01, -0.02, -0.01, 0.01];
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 3));

        var regimes = Run(signal, d);

        Regime[] expected = [N, N, S, S, S, S, S, S, L, L];
        Assert.Equal(expected, regimes);
    }

    [Fact]
    public void Update_EqualReturns_ResetsBothStreaks()
    {
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 10));
        signal.Update(T0, 0.02, 0.01);
        signal.Update(T0.AddDays(1), 0.02, 0.01);
        Assert.Equal(2, signal.SmallStreak);

        signal.Update(T0.AddDays(2), 0.01, 0.01);

        Assert.Equal(0, signal.SmallStreak);
        Assert.Equal(0, signal.LargeStreak);
    }

    [Fact]
    public void Update_WithinMinimumExcess_ResetsAndDoesNotCount()
    {
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 2, MinimumExcess: 0.001));
        signal.Update(T0, 0.0030, 0.0010); // d = 0.002 > 0.001: counts
        signal.Update(T0.AddDays(1), 0.0015, 0.0010); // d = 0.0005: dead band, resets
        Assert.Equal(0, signal.SmallStreak);
        signal.Update(T0.AddDays(2), 0.0030, 0.0010);
        Assert.Equal(Regime.Neutral, signal.Regime);
        signal.Update(T0.AddDays(3), 0.0030, 0.0010);
        Assert.Equal(Regime.SmallCaps, signal.Regime);
    }

    [Fact]
    public void Update_HoldingPeriod_DelaysSwitchUntilHeld()
    {
        // N = 1, hold 3: SmallCaps at day 0; large wins from day 1 but the switch waits until day 3.
        double[] d = [0.01, -0.01, -0.01, -0.01, -0.01];
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 1, HoldingDays: 3));

        Assert.Equal([S, S, S, L, L], Run(signal, d));
    }

    [Fact]
    public void Update_NaNReturn_ResetsBothAndKeepsRegime()
    {
        var signal = new StreakSignal(new StreakSignalParameters(Threshold: 1));
        signal.Update(T0, 0.02, 0.01);
        signal.Update(T0.AddDays(1), double.NaN, 0.01);
        Assert.Equal((0, 0, Regime.SmallCaps), (signal.SmallStreak, signal.LargeStreak, signal.Regime));
    }

    [Fact]
    public void Update_LaterDataChanged_EarlierRegimesUnchanged()
    {
        var gen = Gen.Choose(-3, 3).ArrayOf().Where(a => a.Length > 2);
        Check.QuickThrowOnFailure(Prop.ForAll(Arb.From(gen), steps =>
        {
            var d = steps.Select(s => s * 0.001).ToArray();
            var t = d.Length / 2;
            var changed = d.Select((x, i) => i > t ? -x + 0.002 : x).ToArray();
            var a = Run(new StreakSignal(new StreakSignalParameters(2)), d);
            var b = Run(new StreakSignal(new StreakSignalParameters(2)), changed);
            return a.Take(t + 1).SequenceEqual(b.Take(t + 1));
        }));
    }

    [Fact]
    public void Update_SameOrEarlierTime_Throws()
    {
        var signal = new StreakSignal(new StreakSignalParameters());
        signal.Update(T0, 0.01, 0.0);
        Assert.Throws<ArgumentOutOfRangeException>(() => signal.Update(T0, 0.01, 0.0));
    }

    [Theory]
    [InlineData(0, 0.0, 0, "Threshold")]
    [InlineData(5, -0.1, 0, "MinimumExcess")]
    [InlineData(5, double.NaN, 0, "MinimumExcess")]
    [InlineData(5, 0.0, -1, "HoldingDays")]
    public void Constructor_OutOfRange_ThrowsNamingParameter(int n, double excess, int hold, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new StreakSignal(new StreakSignalParameters(n, excess, hold)));
        Assert.Equal(name, e.ParamName);
    }

    private const Regime N = Regime.Neutral;
    private const Regime S = Regime.SmallCaps;
    private const Regime L = Regime.LargeTech;

    private static Regime[] Run(StreakSignal signal, double[] differences)
    {
        var regimes = new Regime[differences.Length];
        for (var i = 0; i < differences.Length; i++)
        {
            signal.Update(T0.AddDays(i), 0.001 + differences[i], 0.001);
            regimes[i] = signal.Regime;
        }

        return regimes;
    }
}
