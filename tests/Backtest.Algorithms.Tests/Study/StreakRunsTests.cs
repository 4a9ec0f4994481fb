using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Study;
using Backtest.Algorithms.Tests.Baskets;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Tests.Study;

public sealed class StreakRunsTests
{
    // Closes chosen so that daily winners are (day 1..9): S S S L L = S S L; day 6 is a tie (both +0%).
    private static readonly double[] Small = [100, 101, 102, 103, 103, 103, 103, 104, 105, 105];
    private static readonly double[] Large = [100, 100, 100, 100, 101, 102, 102, 102, 102, 103];

    [Fact]
    public void Find_CraftedReturns_ListsMaximalRunsChronologically()
    {
        var frame = FrameFixture.Build(("S", Small), ("L", Large));
        var (s, l) = Returns(frame);

        var runs = StreakRuns.Find(frame.Index, s, l, 1, 9);

        Assert.Equal(
            [(StreakSide.SmallBeatsLarge, 1, 3), (StreakSide.LargeBeatsSmall, 4, 5), (StreakSide.SmallBeatsLarge, 7, 8), (StreakSide.LargeBeatsSmall, 9, 9)],
            runs.Select(r => (r.Side, r.StartIndex, r.EndIndex)));
        Assert.Equal(3, runs[0].Length);
        Assert.Equal(DateOnly.FromDateTime(FrameFixture.Day(3)), runs[0].End);
    }

    [Fact]
    public void Find_RangeCutsRuns_CountsOnlyDaysInside()
    {
        var frame = FrameFixture.Build(("S", Small), ("L", Large));
        var (s, l) = Returns(frame);

        var runs = StreakRuns.Find(frame.Index, s, l, 2, 4, minLength: 2);

        Assert.Equal([(StreakSide.SmallBeatsLarge, 2, 3)], runs.Select(r => (r.Side, r.StartIndex, r.EndIndex)));
    }

    [Fact]
    public void Summarize_Range_LongestAndLastOfEachSide()
    {
        var frame = FrameFixture.Build(("S", Small), ("L", Large));

        var summary = StreakRuns.Summarize(frame, One("S"), One("L"), DateOnly.FromDateTime(FrameFixture.Day(0)), DateOnly.FromDateTime(FrameFixture.Day(9)));

        Assert.Equal((1, 3), (summary.LongestSmall!.Value.StartIndex, summary.LongestSmall.Value.EndIndex));
        Assert.Equal((7, 8), (summary.LastSmall!.Value.StartIndex, summary.LastSmall.Value.EndIndex));
        Assert.Equal((4, 5), (summary.LongestLarge!.Value.StartIndex, summary.LongestLarge.Value.EndIndex));
        Assert.Equal((9, 9), (summary.LastLarge!.Value.StartIndex, summary.LastLarge.Value.EndIndex));
    }

    internal static Basket One(string ticker) => new(ticker, [new BasketMember(Symbol.Create(ticker), 1.0)]);

    private static (double[] Small, double[] Large) Returns(Backtest.Data.Frames.BarFrame frame) =>
        (BasketReturns.Compute(frame, One("S")), BasketReturns.Compute(frame, One("L")));
}
