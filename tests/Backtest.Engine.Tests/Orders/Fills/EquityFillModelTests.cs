using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Orders.Fills;

/// <summary>
/// SEMANTICS.md B.3 fill rules on crafted daily bars: the order is placed in OnData of day 0 (Tue 2024-01-02 16:00); day 1
/// carries the crafted bar; other days are flat at 100. Fees are zero so equity arithmetic stays visible.
/// </summary>
public sealed class EquityFillModelTests
{
    private static readonly DateTime Day1Close = new(2024, 1, 3, 16, 0, 0);
    private static readonly DateTime Day2Close = new(2024, 1, 4, 16, 0, 0);

    [Theory]
    [InlineData(100, 101, 98, 100, 99, 99)]     // low below limit -> limit
    [InlineData(97, 98, 96, 97, 99, 97)]        // gap below limit -> open
    public void Limit_Buy_FillsAtLimitOrBetterOpen(double o, double h, double l, double c, double limit, double expected)
    {
        var order = Run((a, s) => a.LimitOrder(s, 10, limit), (o, h, l, c));
        AssertFilled(order, expected, Day1Close);
    }

    [Fact]
    public void Limit_Buy_LowEqualToLimit_DoesNotFill()
    {
        var order = Run((a, s) => a.LimitOrder(s, 10, 99), (100, 101, 99, 100));
        Assert.Equal(OrderStatus.Submitted, order.Status);
    }

    [Fact]
    public void Limit_Buy_CreationBarIsNeverUsed()
    {
        // Day 0 (low 100) would satisfy a 101 limit, but the order is first evaluated on day 1 (low 101.5).
        var order = Run((a, s) => a.LimitOrder(s, 10, 101), (102, 103, 101.5, 102), later: 102);
        Assert.Equal(OrderStatus.Submitted, order.Status);
    }

    [Theory]
    [InlineData(100, 102, 99, 100, 101, 101)]
    [InlineData(103, 104, 102, 103, 101, 103)]
    public void Limit_Sell_FillsAtLimitOrBetterOpen(double o, double h, double l, double c, double limit, double expected)
    {
        var order = Run((a, s) => a.LimitOrder(s, -10, limit), (o, h, l, c));
        AssertFilled(order, expected, Day1Close);
    }

    [Theory]
    [InlineData(100, 102, 99, 100, 101, 101)]   // touched -> stop
    [InlineData(103, 104, 102, 103, 101, 103)]  // gap through the stop -> open (worse)
    public void StopMarket_Buy_FillsAtStopOrWorseOpen(double o, double h, double l, double c, double stop, double expected)
    {
        var order = Run((a, s) => a.StopMarketOrder(s, 10, stop), (o, h, l, c));
        AssertFilled(order, expected, Day1Close);
    }

    [Theory]
    [InlineData(100, 101, 98, 100, 99, 99)]
    [InlineData(97, 98, 96, 97, 99, 97)]
    public void StopMarket_Sell_FillsAtStopOrWorseOpen(double o, double h, double l, double c, double stop, double expected)
    {
        var order = Run((a, s) => a.StopMarketOrder(s, -10, stop), (o, h, l, c));
        AssertFilled(order, expected, Day1Close);
    }

    [Fact]
    public void StopLimit_Buy_TriggeredAndCloseBelowLimit_FillsAtMinOfHighAndLimit()
    {
        var order = Run((a, s) => a.StopLimitOrder(s, 10, 101, 102), (100, 103, 99, 101.5));
        AssertFilled(order, 102, Day1Close);
    }

    [Fact]
    public void StopLimit_Buy_TriggerIsSticky()
    {
        // Day 1 triggers (high 103 > 101) but closes above the limit; day 2 (flat 100, never above the stop) then fills.
        var order = Run((a, s) => a.StopLimitOrder(s, 10, 101, 102), (100, 103, 99, 102.5));
        AssertFilled(order, 100, Day2Close);
    }

    [Fact]
    public void MarketOnOpen_FillsAtNextBarOpen()
    {
        var order = Run((a, s) => a.MarketOnOpenOrder(s, 10), (104, 106, 103, 105));
        AssertFilled(order, 104, Day1Close);
    }

    [Fact]
    public void MarketOrder_AfterTheClose_BecomesMarketOnOpen()
    {
        var order = Run((a, s) => a.MarketOrder(s, 10), (104, 106, 103, 105));
        Assert.Equal(OrderType.MarketOnOpen, order.Type);
        AssertFilled(order, 104, Day1Close);
    }

    [Fact]
    public void MarketOnOpen_FillForwardBarNeverFills()
    {
        // Day 1 has no bar (filled forward from day 0); the order waits for day 2's real bar and its open.
        var order = Run((a, s) => a.MarketOnOpenOrder(s, 10), (0, 0, 0, 0), missingDay1: true, later: 107);
        AssertFilled(order, 107, Day2Close);
    }

    [Fact]
    public void MarketOrder_DuringSessionOnDailyData_BecomesMarketOnCloseAtThatClose()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        var frame = FrameBuilder.Frame(FrameBuilder.Columns("XYZ", index, i => i == 1 ? (104, 106, 103, 105) : (100, 100, 100, 100)));
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2024, 1, 2);
            a.SetEndDate(2024, 1, 5);
            var s = a.AddEquity("XYZ").Symbol;
            a.Securities[s].SetFeeModel(new Engine.Orders.Fees.ZeroFeeModel());
            a.Schedule.On(a.DateRules.On(2024, 1, 3), a.TimeRules.At(12, 0), () => a.MarketOrder(s, 10));
        });

        var order = Assert.Single(new BacktestEngine(frame, calendar).Run(algorithm).Orders);

        Assert.Equal(OrderType.MarketOnClose, order.Type);
        AssertFilled(order, 105, Day1Close);
    }

    private static void AssertFilled(OrderRecord order, double price, DateTime time)
    {
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(price, order.FillPrice, 12);
        Assert.Equal(time, order.LastFillTime);
    }

    private static OrderRecord Run(
        Func<ScriptedAlgorithm, Symbol, OrderTicket> place, (double O, double H, double L, double C) day1, bool missingDay1 = false, double later = 100)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        var columns = FrameBuilder.Columns("XYZ", index, i => i switch
        {
            0 => (100, 100, 100, 100),
            1 => day1,
            _ => (later, later, later, later),
        }, missing: missingDay1 ? [1] : null);
        var placed = false;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 5);
                a.AddEquity("XYZ").SetFeeModel(new Engine.Orders.Fees.ZeroFeeModel());
            },
            (a, _) =>
            {
                if (!placed)
                {
                    placed = true;
                    place(a, a.Sym("XYZ"));
                }
            });

        var result = new BacktestEngine(FrameBuilder.Frame(columns), calendar).Run(algorithm);
        return Assert.Single(result.Orders);
    }
}
