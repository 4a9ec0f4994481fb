using Backtest.Algorithms.Baskets;
using Backtest.Data.Errors;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Tests.Baskets;

public sealed class BasketTests
{
    [Fact]
    public void SmallCaps_Default_EqualWeightsIwmIjr()
    {
        var basket = Basket.SmallCaps();
        Assert.Equal(["IJR", "IWM"], basket.Members.Select(m => m.Symbol.Value));
        Assert.All(basket.Members, m => Assert.Equal(0.5, m.Weight));
        Assert.Equal(0, basket.MinHistoryDays);
    }

    [Fact]
    public void MagnificentSeven_Default_SevenEqualWeightsAnd63Days()
    {
        var basket = Basket.MagnificentSeven();
        Assert.Equal(["AAPL", "AMZN", "GOOGL", "META", "MSFT", "NVDA", "TSLA"], basket.Members.Select(m => m.Symbol.Value));
        Assert.Equal(63, basket.MinHistoryDays);
    }

    [Fact]
    public void FromConfig_Entries_ParseTickersAndWeights()
    {
        var basket = Basket.FromConfig("Mine", ["spy", "IJR:0.25"], "$.baskets.mine");
        Assert.Equal([new BasketMember(Symbol.Create("IJR"), 0.25), new BasketMember(Symbol.Create("SPY"), 1.0)], basket.Members);
    }

    [Theory]
    [InlineData("IJR:abc", "$.b[1]")]
    [InlineData("IJR:-1", "$.b[1]")]
    [InlineData("SPY", "$.b[1]: SPY appears twice")]
    [InlineData("a:b:c", "$.b[1]")]
    [InlineData("BAD TICKER", "$.b[1]")]
    public void FromConfig_BadEntry_ThrowsNamingJsonPath(string entry, string expected)
    {
        var e = Assert.Throws<DataException>(() => Basket.FromConfig("B", ["SPY", entry], "$.b"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Basket.SmallCaps(1.0));
        Assert.Throws<ArgumentException>(() => new Basket("E", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Basket("W", [new(Symbol.Create("A"), 0)]));
        Assert.Throws<ArgumentException>(() => new Basket("D", [new(Symbol.Create("A"), 1), new(Symbol.Create("a"), 1)]));
    }
}
