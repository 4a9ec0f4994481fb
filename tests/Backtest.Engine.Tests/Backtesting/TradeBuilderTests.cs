using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Securities;
using Backtest.Engine.Tests.Support;

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

    [Fact]
    public void MarkToMarket_OpenPositionsOnly_ExcursionsOfEachClosedTrade()
    {
        // Closes per day: AAA 100, 90, 130, 120; BBB 50, 55, 40, 45; CCC (never traded) 10, 10, 10, 10.
        double[] aaa = [100, 90, 130, 120], bbb = [50, 55, 40, 45];
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        var exchange = new SecurityExchange(calendar, new EngineClock { Now = T0 });
        var securities = new[]
        {
            Make(FrameBuilder.Columns("AAA", index, i => (aaa[i], aaa[i], aaa[i], aaa[i])), exchange),
            Make(FrameBuilder.Columns("BBB", index, i => (bbb[i], bbb[i], bbb[i], bbb[i])), exchange),
            Make(FrameBuilder.Flat("CCC", index, 10), exchange),
        };
        var manager = new SecurityManager();
        foreach (var security in securities)
        {
            manager.Add(security);
        }

        var builder = new TradeBuilder();

        for (var day = 0; day < 4; day++)
        {
            foreach (var security in securities)
            {
                security.Update(day);
            }

            var time = T0.AddDays(day);
            if (day == 0)
            {
                builder.OnFill(securities[0].Symbol, time, 10, aaa[0], 0);    // long 10 AAA
                builder.OnFill(securities[1].Symbol, time, -5, bbb[0], 0);    // short 5 BBB
            }
            else if (day == 2)
            {
                builder.OnFill(securities[0].Symbol, time, -10, aaa[2], 0);   // AAA closed: flat from here on
            }
            else if (day == 3)
            {
                builder.OnFill(securities[1].Symbol, time, 5, bbb[3], 0);
            }

            builder.MarkToMarket(manager);
        }

        // Worst and best mark while open, the exit included: AAA 10 x (90 - 100) = -100 and 10 x (130 - 100) = +300;
        // BBB short: 5 x (50 - 55) = -25 and 5 x (50 - 40) = +50, exit at 45 (+25).
        var (a, b) = (builder.ClosedTrades[0], builder.ClosedTrades[1]);
        Assert.Equal(("AAA", -100.0, 300.0, 300.0), (a.Symbol.Value, a.MAE, a.MFE, a.ProfitLoss));
        Assert.Equal(("BBB", -25.0, 50.0, 25.0), (b.Symbol.Value, b.MAE, b.MFE, b.ProfitLoss));
    }

    private static Security Make(Backtest.Data.Frames.SymbolColumns columns, SecurityExchange exchange) =>
        new(columns.Symbol, columns, Resolution.Daily, DataNormalizationMode.Raw, true, exchange);
}
