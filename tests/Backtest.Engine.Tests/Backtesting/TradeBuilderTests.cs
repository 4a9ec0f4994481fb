using Backtest.Data.Model;
using Backtest.Engine.Backtesting;

namespace Backtest.Engine.Tests.Backtesting;

public sealed class TradeBuilderTests
{
    private static readonly Symbol Xyz = Symbol.Create("XYZ");
    private static readonly DateTime T0 = new(2024, 1, 2, 16, 0, 0);

    [Fact]
    public void OnFill_PartialCloses_MatchFirstInFirstOut()
    {
        var builder = new TradeBuilder();
        builder.OnFill(Xyz, T0, 10, 100, 1);
        builder.OnFill(Xyz, T0.AddDays(1), 10, 110, 1);
        builder.OnFill(Xyz, T0.AddDays(2), -15, 120, 3);

        Assert.Equal(2, builder.ClosedTrades.Count);
        var (first, second) = (builder.ClosedTrades[0], builder.ClosedTrades[1]);
        Assert.Equal((10.0, 100.0, 200.0), (first.Quantity, first.EntryPrice, first.ProfitLoss));      // 10 x (120 - 100)
        Assert.Equal(1 + 2, first.TotalFees, 12);                                                     // entry fee + 10/15 of exit fee
        Assert.Equal((5.0, 110.0, 50.0), (second.Quantity, second.EntryPrice, second.ProfitLoss));    // 5 x (120 - 110)
        Assert.Equal(0.5 + 1, second.TotalFees, 12);
    }

    [Fact]
    public void OnFill_ThroughZero_ClosesLongAndOpensShort()
    {
        var builder = new TradeBuilder();
        builder.OnFill(Xyz, T0, 10, 100, 0);
        builder.OnFill(Xyz, T0.AddDays(1), -15, 90, 0);
        builder.OnFill(Xyz, T0.AddDays(2), 5, 80, 0);

        Assert.Equal(2, builder.ClosedTrades.Count);
        Assert.Equal(-100, builder.ClosedTrades[0].ProfitLoss, 12);    // long 10 from 100 to 90
        Assert.False(builder.ClosedTrades[1].IsLong);
        Assert.Equal(50, builder.ClosedTrades[1].ProfitLoss, 12);      // short 5 from 90 to 80
    }
}
