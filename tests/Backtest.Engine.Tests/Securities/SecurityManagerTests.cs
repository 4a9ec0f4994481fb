using Backtest.Data.Model;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Securities;

public sealed class SecurityManagerTests
{
    [Fact]
    public void Lookups_SubscribedAndOtherSymbols_FindEachOwnSecurityAndNothingElse()
    {
        // Tickers created in an order unlike the subscription order, so their numbers are neither dense nor sorted.
        var unsubscribed = Symbol.Create("SMTESTUNSUBSCRIBED");
        var (securities, _) = SecurityFactory.Portfolio(100_000, ("SMTESTZZZ", 10, 1), ("SMTESTAAA", 20, 1), ("SMTESTMMM", 30, 1));

        foreach (var (ticker, price) in new[] { ("SMTESTZZZ", 10.0), ("SMTESTAAA", 20.0), ("SMTESTMMM", 30.0) })
        {
            var symbol = Symbol.Create(ticker);
            Assert.Same(symbol, securities[symbol].Symbol);
            Assert.Equal(price, securities[symbol].Price);
            Assert.True(securities.ContainsKey(symbol));
            Assert.True(securities.TryGetValue(symbol, out var found));
            Assert.Same(securities[symbol], found);
        }

        Assert.Equal(["SMTESTAAA", "SMTESTMMM", "SMTESTZZZ"], securities.Values.Select(s => s.Symbol.Value));
        Assert.False(securities.ContainsKey(unsubscribed));
        Assert.False(securities.TryGetValue(unsubscribed, out _));
        Assert.False(securities.ContainsKey(Symbol.Create("SMTESTCREATEDLATER")));
        var error = Assert.Throws<KeyNotFoundException>(() => securities[unsubscribed]);
        Assert.Contains("SMTESTUNSUBSCRIBED is not subscribed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SameSymbolTwice_Throws()
    {
        var (securities, _) = SecurityFactory.Portfolio(100_000, ("SMTESTDUP", 10, 1));
        var (other, _) = SecurityFactory.Portfolio(100_000, ("SMTESTDUP", 11, 1));

        var error = Assert.Throws<InvalidOperationException>(() => securities.Add(other[Symbol.Create("SMTESTDUP")]));
        Assert.Contains("already subscribed", error.Message, StringComparison.Ordinal);
    }
}
