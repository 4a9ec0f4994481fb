using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// Look-ahead property: an order decided in OnData of bar t never fills at a price of a bar before t, and uses bar t
/// itself only as an intraday market order at t's close (LEAN fills those immediately at the bar just delivered).
/// Every other fill uses a later bar (or its own limit/stop price, at a later time). Random orders of every type on
/// random daily and hourly data; each bar's prices lie in their own disjoint band so a fill price identifies its bar.
/// </summary>
public sealed class FillTimingPropertyTests
{
    [Fact]
    public void Fills_NeverUseBarsBeforeTheDecision()
    {
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Elements(true, false)), (seed, hourly) => Holds(seed, hourly));
        Check.QuickThrowOnFailure(property);
    }

    private static bool Holds(int seed, bool hourly)
    {
        var random = new Random(seed);
        var calendar = FrameBuilder.Calendar();
        var (first, last) = (new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 12));
        var index = hourly ? FrameBuilder.Hourly(calendar, first, last) : FrameBuilder.Daily(calendar, first, last);
        var bands = Enumerable.Range(0, index.Count).OrderBy(_ => random.Next()).ToArray();
        var columns = FrameBuilder.Columns("XYZ", index, i => Bar(100 + (2 * bands[i])));
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 12);
                a.SetCash(10_000_000);
                a.AddEquity("XYZ", hourly ? Resolution.Hour : Resolution.Daily).SetFeeModel(new ZeroFeeModel());
            },
            (a, slice) => PlaceRandom(a, slice.Bars[a.Sym("XYZ")].Close, random));

        var result = new BacktestEngine(FrameBuilder.Frame(columns), calendar).Run(algorithm);

        foreach (var e in result.OrderEvents.Where(e => e.IsFill))
        {
            var order = result.Orders[e.OrderId - 1];
            var decision = Array.IndexOf(index.EndTimes, order.Time);
            var used = BarOf(e.FillPrice, index.Count, bands);
            var ok = e.Time >= order.Time && used switch
            {
                -1 => order.Type is OrderType.Limit or OrderType.StopMarket or OrderType.StopLimit && e.Time > order.Time,
                var j when j == decision => hourly && order.Type == OrderType.Market && e.FillPrice == Bar(100 + (2 * bands[j])).C,
                var j => j > decision,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static void PlaceRandom(ScriptedAlgorithm a, double close, Random random)
    {
        if (random.NextDouble() > 0.5)
        {
            return;
        }

        var s = a.Sym("XYZ");
        var quantity = random.Next(2) == 0 ? 3 : -3;
        var offset = (random.Next(-20, 21) * 0.5) + 0.25;
        _ = random.Next(6) switch
        {
            0 => a.MarketOrder(s, quantity),
            1 => a.MarketOnOpenOrder(s, quantity),
            2 => a.MarketOnCloseOrder(s, quantity),
            3 => a.LimitOrder(s, quantity, close + offset),
            4 => a.StopMarketOrder(s, quantity, close + offset),
            _ => a.StopLimitOrder(s, quantity, close + offset, close + offset + (quantity > 0 ? 1 : -1)),
        };
    }

    private static (double O, double H, double L, double C) Bar(double b) => (b + 0.11, b + 0.52, b - 0.47, b + 0.23);

    private static int BarOf(double price, int count, int[] bands)
    {
        for (var j = 0; j < count; j++)
        {
            var (o, h, l, c) = Bar(100 + (2 * bands[j]));
            if (price == o || price == h || price == l || price == c)
            {
                return j;
            }
        }

        return -1;
    }
}
