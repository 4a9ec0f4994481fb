using Backtest.Algorithms.Signals;

namespace Backtest.Algorithms.Tests.Signals;

public sealed class CompositeSignalTests
{
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Theory]
    // weights 2,1,1: score = (2*v0 + v1 + v2) / 4, threshold 0.5.
    [InlineData(Regime.SmallCaps, Regime.Neutral, Regime.Neutral, 0.5, Regime.SmallCaps)]
    [InlineData(Regime.SmallCaps, Regime.LargeTech, Regime.Neutral, 0.25, Regime.Neutral)]
    [InlineData(Regime.LargeTech, Regime.LargeTech, Regime.SmallCaps, -0.5, Regime.LargeTech)]
    [InlineData(Regime.Neutral, Regime.SmallCaps, Regime.SmallCaps, 0.5, Regime.SmallCaps)]
    public void Update_WeightedVote_ScoreAndRegime(Regime a, Regime b, Regime c, double score, Regime expected)
    {
        var members = new[] { new FixedSignal(T0, a), new FixedSignal(T0, b), new FixedSignal(T0, c) };
        var composite = new CompositeSignal(members, new CompositeSignalParameters([2, 1, 1], 0.5));

        composite.Update(T0);

        Assert.Equal(score, composite.Score, 12);
        Assert.Equal(expected, composite.Regime);
    }

    [Fact]
    public void Update_StaleMember_Throws()
    {
        var composite = new CompositeSignal([new FixedSignal(T0, Regime.SmallCaps)], new CompositeSignalParameters([1]));
        var e = Assert.Throws<InvalidOperationException>(() => composite.Update(T0.AddDays(1)));
        Assert.Contains("update every member", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadParameters_Throw()
    {
        IRegimeSignal[] one = [new FixedSignal(T0, Regime.Neutral)];
        Assert.Throws<ArgumentException>(() => new CompositeSignal(one, new CompositeSignalParameters([1, 1])));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeSignal(one, new CompositeSignalParameters([0])));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeSignal(one, new CompositeSignalParameters([-1])));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeSignal(one, new CompositeSignalParameters([1], 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CompositeSignal(one, new CompositeSignalParameters([1], 1.5)));
    }

    private sealed class FixedSignal(DateTime time, Regime regime) : IRegimeSignal
    {
        public DateTime Time { get; } = time;

        public Regime Regime { get; } = regime;
    }
}
