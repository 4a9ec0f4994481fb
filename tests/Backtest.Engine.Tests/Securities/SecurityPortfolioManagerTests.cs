using Backtest.Engine.Securities;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Securities;

public sealed class SecurityPortfolioManagerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MarginRemaining_ManyLongAndShortHoldings_IsValueMinusMarginUsedToTheBit(int seed)
    {
        // Prices, leverages and fills with many significant digits, so a sum taken in another order, or with the
        // margin divided differently, would differ in its last bits.
        var random = new Random(seed);
        var specs = Enumerable.Range(0, 40)
            .Select(i => ($"PMTEST{seed}X{i:D2}", Math.Round(5 + (random.NextDouble() * 500), 4), random.Next(3) switch { 0 => 1.0, 1 => 2.0, _ => 3.3 }))
            .ToArray();
        var (securities, portfolio) = SecurityFactory.Portfolio(123_456.789, specs);
        foreach (var security in securities.Values)
        {
            if (random.Next(4) != 0)
            {
                var quantity = Math.Round((random.NextDouble() - 0.4) * 300, 3);
                security.Holdings.ApplyFill(quantity, security.Price * (1 + ((random.NextDouble() - 0.5) * 0.01)), 1.25);
            }
        }

        var value = portfolio.Cash;
        var used = 0.0;
        foreach (var security in securities.Values)
        {
            value += security.Holdings.Quantity * security.Price;
            used += Math.Abs(security.Holdings.Quantity * security.Price) / security.Leverage;
        }

        Assert.Contains(securities.Values, s => s.Holdings.IsShort);
        Assert.Contains(securities.Values, s => s.Holdings.IsLong);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value - used), BitConverter.DoubleToInt64Bits(portfolio.MarginRemaining));
        Assert.Equal(
            BitConverter.DoubleToInt64Bits(portfolio.TotalPortfolioValue - portfolio.TotalMarginUsed),
            BitConverter.DoubleToInt64Bits(portfolio.MarginRemaining));
    }

    [Fact]
    public void Totals_PositionsOpenedClosedAndAddedAcrossWords_AreSumsOverEverySecurityToTheBit()
    {
        // 150 securities (three 64-bit words of the invested set), positions opened, flattened by an opposite fill,
        // closed and reopened over several rounds, and securities added between rounds (every position shifts).
        var random = new Random(7);
        var specs = Enumerable.Range(0, 150)
            .Select(i => ($"PMFLAT{i * 2:D3}", Math.Round(5 + (random.NextDouble() * 300), 4), i % 3 == 0 ? 1.0 : 2.0))
            .ToArray();
        var (securities, portfolio) = SecurityFactory.Portfolio(250_000.5, specs);
        for (var round = 0; round < 8; round++)
        {
            if (round is 3 or 5)
            {
                // Odd numbers sort between the existing tickers.
                var added = SecurityFactory.AddTo(securities, $"PMFLAT{(round * 20) + 1:D3}", 42.4242);
                added.Holdings.ApplyFill(round == 3 ? 17.5 : -3.25, 42.5, 1);
            }

            foreach (var security in securities.Values)
            {
                var holding = security.Holdings;
                switch (random.Next(5))
                {
                    case 0 when holding.Invested:
                        holding.ApplyFill(-holding.Quantity, security.Price * 1.002, 0.5);
                        break;
                    case 1:
                        holding.ApplyFill(Math.Round((random.NextDouble() - 0.5) * 200, 3), security.Price * 0.999, 0.5);
                        break;
                    case 2 when holding.Invested:
                        holding.Close();
                        break;
                }
            }

            var value = portfolio.Cash;
            var used = 0.0;
            foreach (var security in securities.Values)
            {
                value += security.Holdings.Quantity * security.Price;
                used += Math.Abs(security.Holdings.Quantity * security.Price) / security.Leverage;
            }

            Assert.Contains(securities.Values, s => !s.Holdings.Invested);
            Assert.Contains(securities.Values, s => s.Holdings.Invested);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(portfolio.TotalPortfolioValue));
            Assert.Equal(BitConverter.DoubleToInt64Bits(used), BitConverter.DoubleToInt64Bits(portfolio.TotalMarginUsed));
            Assert.Equal(BitConverter.DoubleToInt64Bits(value - used), BitConverter.DoubleToInt64Bits(portfolio.MarginRemaining));
        }
    }

    [Fact]
    public void Add_ShuffledTickers_ValuesInOrdinalOrderWithTheirPositions()
    {
        var tickers = new[] { "SMB", "SM9", "SM1", "SMAA", "SMZ", "SMA", "SM_", "SMBA" };
        var (securities, _) = SecurityFactory.Portfolio(1000, ("SMM", 10.0, 1.0));
        foreach (var ticker in tickers)
        {
            SecurityFactory.AddTo(securities, ticker, 10);
        }

        Assert.Equal(tickers.Append("SMM").Order(StringComparer.Ordinal), securities.Values.Select(s => s.Symbol.Value));
        Assert.Equal(Enumerable.Range(0, securities.Count), securities.Values.Select(s => s.Position));
        Assert.Throws<InvalidOperationException>(() => SecurityFactory.AddTo(securities, "SMA", 10));
        var (other, _) = SecurityFactory.Portfolio(1000, ("SMX", 10.0, 1.0));
        Assert.Throws<InvalidOperationException>(() => other.Add(securities["SMB"]));
    }

    [Fact]
    public void Update_IndexPastTheColumns_ThrowsInsteadOfReadingBeyondThem()
    {
        var security = SecurityFactory.Single(100);

        Assert.Throws<ArgumentOutOfRangeException>(() => security.Update(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => security.Update(-1));
        Assert.True(security.Update(0));
        Assert.Equal(100, security.Price);
    }
}
