using Backtest.Algorithms.Baskets;

namespace Backtest.Algorithms.Tests.Baskets;

/// <summary>Point-in-time membership on shared/data/market/daily.</summary>
public sealed class BasketMembershipMarketDataTests
{
    [Fact]
    public void IsActive_MagnificentSeven2012_MetaJoins63TradingDaysAfterListing()
    {
        string[] tickers = ["AAPL", "AMZN", "GOOGL", "META", "MSFT", "NVDA", "TSLA"];
        var frame = MarketFixture.Load(new DateOnly(2012, 1, 3), new DateOnly(2012, 12, 31), tickers);
        var membership = new BasketMembership(frame, Basket.MagnificentSeven());
        var meta = Array.IndexOf(tickers, "META");

        var firstActive = Enumerable.Range(0, frame.Index.Count).First(i => membership.IsActive(meta, i));

        // Independent: META.csv's rows are consecutive trading days from 2012-05-18, so the 64th row is the first day
        // with 63 days of history before it.
        var expected = MarketFixture.Closes("META").Keys.ElementAt(63);
        Assert.Equal(expected, DateOnly.FromDateTime(frame.Index.StartTimes[firstActive]));
        Assert.Equal(6, membership.ActiveCount(firstActive - 1));
        Assert.Equal(7, membership.ActiveCount(firstActive));
    }

    [Fact]
    public void IsActive_SmallCaps2004To2005_IjrFromItsFirstBar()
    {
        var frame = MarketFixture.Load(new DateOnly(2004, 12, 1), new DateOnly(2005, 1, 31), "IJR", "IWM");
        var membership = new BasketMembership(frame, Basket.SmallCaps());

        var firstActive = Enumerable.Range(0, frame.Index.Count).First(i => membership.IsActive(0, i));

        // IJR.csv starts 2005-01-03 (PROVENANCE.md).
        Assert.Equal(new DateOnly(2005, 1, 3), DateOnly.FromDateTime(frame.Index.StartTimes[firstActive]));
        Assert.Equal(1, membership.ActiveCount(firstActive - 1));
    }
}
