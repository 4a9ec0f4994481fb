using Backtest.Data.Model;

namespace Backtest.Data.Tests.Model;

public sealed class SymbolTests
{
    [Theory]
    [InlineData("SPY")]
    [InlineData("spy")]
    [InlineData("  Spy ")]
    public void Create_SameTickerAnySpelling_ReturnsTheOneInstance(string ticker)
    {
        var canonical = Symbol.Create("SPY");
        var symbol = Symbol.Create(ticker);

        Assert.Same(canonical, symbol);
        Assert.Equal("SPY", symbol.Value);
        Assert.Equal(canonical.Id, symbol.Id);
        Assert.Equal(canonical.GetHashCode(), symbol.GetHashCode());
        Assert.True(canonical == symbol);
    }

    [Fact]
    public void Create_DifferentTickers_DifferInIdAndEquality()
    {
        var a = Symbol.Create("SYMTEST_A");
        var b = Symbol.Create("SYMTEST_B");

        Assert.NotEqual(a.Id, b.Id);
        Assert.False(a.Equals(b));
        Assert.True(a != b);
        Assert.True(a.Id >= 0 && b.Id >= 0);
    }

    [Fact]
    public void Create_ManyThreadsRacingOnANewTicker_AllGetOneInstance()
    {
        var ticker = "RACE" + Guid.NewGuid().ToString("N")[..8];
        var results = new Symbol[64];
        using var start = new Barrier(8);
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            start.SignalAndWait();
            for (var i = worker; i < results.Length; i += 8)
            {
                results[i] = Symbol.Create(i % 2 == 0 ? ticker : ticker.ToLowerInvariant());
            }
        });

        Assert.All(results, s => Assert.Same(results[0], s));
    }

    [Fact]
    public void Dictionary_KeyedBySymbols_FindsThemWhateverTheSpelling()
    {
        var holdings = new Dictionary<Symbol, int> { [Symbol.Create("IWM")] = 1, [Symbol.Create("QQQ")] = 2 };

        Assert.Equal(1, holdings[Symbol.Create("iwm")]);
        Assert.Equal(2, holdings[Symbol.Create(" qqq")]);
        Assert.False(holdings.ContainsKey(Symbol.Create("IJR")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("BAD TICKER")]
    [InlineData("A/B")]
    public void Create_InvalidTicker_ThrowsAndInternsNothing(string ticker)
    {
        Assert.Throws<ArgumentException>(() => Symbol.Create(ticker));
        Assert.Throws<ArgumentException>(() => Symbol.Create(ticker));
    }

    [Fact]
    public void CompareTo_OrdersByTickerNotById()
    {
        // Created in reverse order, so their ids run the other way round.
        var z = Symbol.Create("ORDERTEST_Z");
        var a = Symbol.Create("ORDERTEST_A");

        Assert.True(a.Id > z.Id);
        Assert.True(a < z);
        Assert.Equal([a, z], new[] { z, a }.Order().ToArray());
    }
}
