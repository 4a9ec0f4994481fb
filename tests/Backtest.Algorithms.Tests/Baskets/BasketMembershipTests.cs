using Backtest.Algorithms.Baskets;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Tests.Baskets;

public sealed class BasketMembershipTests
{
    private const double X = double.NaN;

    [Fact]
    public void IsActive_IjrListedLater_ActiveFromItsFirstBar()
    {
        var frame = FrameFixture.Build(("IWM", [1, 2, 3, 4, 5]), ("IJR", [X, X, 3, 4, 5]));
        var membership = new BasketMembership(frame, Basket.SmallCaps());
        var ijr = IndexOf(membership.Basket, "IJR");

        Assert.Equal([false, false, true, true, true], Enumerable.Range(0, 5).Select(i => membership.IsActive(ijr, i)));
        Assert.Equal([1, 1, 2, 2, 2], Enumerable.Range(0, 5).Select(membership.ActiveCount));
    }

    [Fact]
    public void IsActive_MetaWithHistoryThreshold_JoinsAfterThresholdDays()
    {
        // META's first bar is at period 2; with 3 days of history required it joins at period 5.
        var frame = FrameFixture.Build(("AAPL", [1, 1, 1, 1, 1, 1, 1, 1]), ("META", [X, X, 1, 1, 1, 1, 1, 1]));
        var basket = new Basket("Two", [new(Symbol.Create("AAPL"), 1), new(Symbol.Create("META"), 1)], minHistoryDays: 3);
        var membership = new BasketMembership(frame, basket);
        var meta = IndexOf(basket, "META");

        Assert.Equal([false, false, false, false, false, true, true, true], Enumerable.Range(0, 8).Select(i => membership.IsActive(meta, i)));
        // AAPL's first bar is period 0, so it also waits 3 periods.
        Assert.False(membership.IsActive(IndexOf(basket, "AAPL"), 2));
        Assert.True(membership.IsActive(IndexOf(basket, "AAPL"), 3));
    }

    [Fact]
    public void IsActive_MissingAndDelistedBars_Inactive()
    {
        var frame = FrameFixture.Build(("A", [1, X, 1, 1, X]));
        var membership = new BasketMembership(frame, new Basket("A", [new(Symbol.Create("A"), 1)]));
        Assert.Equal([true, false, true, true, false], Enumerable.Range(0, 5).Select(i => membership.IsActive(0, i)));
    }

    [Fact]
    public void Constructor_MemberNotInFrame_Throws()
    {
        var frame = FrameFixture.Build(("IWM", [1, 2]));
        var e = Assert.Throws<ArgumentException>(() => new BasketMembership(frame, Basket.SmallCaps()));
        Assert.Contains("IJR", e.Message, StringComparison.Ordinal);
    }

    private static int IndexOf(Basket basket, string ticker) =>
        basket.Members.Select((m, i) => (m, i)).Single(p => p.m.Symbol.Value == ticker).i;
}
