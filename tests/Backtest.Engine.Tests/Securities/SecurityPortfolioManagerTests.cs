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
    public void Update_IndexPastTheColumns_ThrowsInsteadOfReadingBeyondThem()
    {
        var security = SecurityFactory.Single(100);

        Assert.Throws<ArgumentOutOfRangeException>(() => security.Update(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => security.Update(-1));
        Assert.True(security.Update(0));
        Assert.Equal(100, security.Price);
    }
}
