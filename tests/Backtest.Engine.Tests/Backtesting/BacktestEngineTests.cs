using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

public sealed class BacktestEngineTests
{
    [Fact]
    public void Run_TwiceWithSameInputs_GivesIdenticalResults()
    {
        var (frame, calendar) = RandomWalkFrame();
        BacktestResult RunOnce() => new BacktestEngine(frame, calendar).Run(RotatingAlgorithm());

        var first = RunOnce();
        var second = RunOnce();

        Assert.True(first.Orders.Count > 5);
        Assert.Equal(first.Orders, second.Orders);
        Assert.Equal(first.OrderEvents, second.OrderEvents);
        Assert.Equal(first.Equity, second.Equity);
        Assert.Equal(first.Performance, second.Performance);
        Assert.Equal(first.TransactionRecords, second.TransactionRecords);
        Assert.Equal(first.EndEquity, second.EndEquity);
        Assert.Equal(64, first.OrderHash.Length);
        Assert.Equal(first.OrderHash, second.OrderHash);
    }

    [Fact]
    public void OrderHash_CopyWithOtherOrders_IsTheHashOfThoseOrders()
    {
        var (frame, calendar) = RandomWalkFrame();
        var result = new BacktestEngine(frame, calendar).Run(RotatingAlgorithm());
        var full = result.OrderHash;
        var firstThree = result.Orders.Take(3).ToArray();

        var copy = result with { Orders = firstThree };

        Assert.Equal(OrderHasher.Compute(result.Orders), full);
        Assert.Equal(OrderHasher.Compute(firstThree), copy.OrderHash);
        Assert.NotEqual(full, copy.OrderHash);
        Assert.Equal(full, result.OrderHash);
    }

    [Fact]
    public void AfterTheRun_OrdersLogsAndPlots_AreRefusedAndTheResultStaysAsItWas()
    {
        var (frame, calendar) = RandomWalkFrame();
        var algorithm = RotatingAlgorithm();
        var result = new BacktestEngine(frame, calendar).Run(algorithm);
        var events = result.OrderEvents.Count;
        var orders = result.Orders.Count;
        var logs = result.Logs.Count;
        var plots = result.Plots.Count;

        Assert.Throws<InvalidOperationException>(() => algorithm.MarketOrder(algorithm.Sym("AAA"), 1));
        Assert.Throws<InvalidOperationException>(() => algorithm.Debug("late"));
        Assert.Throws<InvalidOperationException>(() => algorithm.Plot("Late", "Late", 1));

        Assert.Equal(events, result.OrderEvents.Count);
        Assert.Equal(orders, result.Orders.Count);
        Assert.Equal(logs, result.Logs.Count);
        Assert.Equal(plots, result.Plots.Count);
        Assert.Equal(orders, algorithm.Transactions.OrdersCount);
    }

    [Fact]
    public void Run_DifferentOrders_ChangeTheOrderHash()
    {
        var (frame, calendar) = RandomWalkFrame();
        var baseline = new BacktestEngine(frame, calendar).Run(RotatingAlgorithm());
        var changed = new BacktestEngine(frame, calendar).Run(new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 1);
                a.SetEndDate(2024, 1, 31);
                a.AddEquity("AAA");
                a.AddEquity("BBB");
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested)
                {
                    a.SetHoldings(a.Sym("AAA"), 0.5);
                }
            }));

        Assert.NotEqual(baseline.OrderHash, changed.OrderHash);
    }

    [Fact]
    public void Run_DailySampling_EveryCalendarDayAtMidnightPlusFinal()
    {
        var (frame, calendar) = RandomWalkFrame();
        var result = new BacktestEngine(frame, calendar).Run(RotatingAlgorithm());

        // 2024-01-01 .. 2024-01-31 has 31 midnights; the last step is Wed 2024-01-31 16:00 (final sample), and the
        // midnight of 2024-02-01 never fires.
        var times = result.Performance.Select(p => p.Time).ToArray();
        Assert.Equal(32, times.Length);
        Assert.Equal(Enumerable.Range(0, 31).Select(d => new DateTime(2024, 1, 1).AddDays(d)), times[..31]);
        Assert.Equal(new DateTime(2024, 1, 31, 16, 0, 0), times[^1]);
        Assert.Equal(0, result.Performance[0].Value);
        Assert.Equal(times, result.Benchmark.Select(b => b.Time));
        Assert.Equal(31, result.PortfolioTurnover.Count);   // every daily sample except the start one, plus the final
    }

    [Fact]
    public void Run_PerformancePoints_ArePercentChangesBetweenDailySamples()
    {
        var (frame, calendar) = RandomWalkFrame();
        var result = new BacktestEngine(frame, calendar).Run(RotatingAlgorithm());
        var equityAt = result.Equity.ToDictionary(e => e.Time, e => e.Value);

        for (var i = 1; i < result.Performance.Count; i++)
        {
            var previous = equityAt[result.Performance[i - 1].Time];
            var now = equityAt.TryGetValue(result.Performance[i].Time, out var v) ? v : result.Equity[^1].Value;
            Assert.Equal((now - previous) * 100 / previous, result.Performance[i].Value, 6);
        }
    }

    [Fact]
    public void Run_IntradayEquitySamples_FollowTheResamplePeriod()
    {
        // Hourly data over 4 days: ResamplePeriod = max(4 min, span / 4000) = 4 min, so every hourly step is sampled.
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Hourly(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        var frame = FrameBuilder.Frame(FrameBuilder.Flat("SPY", index, 100));
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2024, 1, 2);
            a.SetEndDate(2024, 1, 5);
            a.AddEquity("SPY", Resolution.Hour);
        });

        var result = new BacktestEngine(frame, calendar).Run(algorithm);

        var intraday = result.Equity.Count(e => e.Time.TimeOfDay != TimeSpan.Zero);
        Assert.Equal(4 * 7, intraday);
        Assert.Equal(4 + 28, result.Equity.Count);   // midnights of Jan 2..5 plus every step
    }

    [Fact]
    public void Run_RawDividend_PaidAfterTheExDateMidnightSample()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        // Row 2024-01-03 -> next row with a different price factor: dividend on Thu 2024-01-04 00:00 of
        // round(50 - 50 x 0.98 / 1.0, 2) = 1.00 per share.
        var factors = new FactorFile("XYZ", [new FactorFileRow(new DateOnly(2024, 1, 3), 0.98, 1, 50), new FactorFileRow(new DateOnly(2050, 12, 31), 1, 1, 0)]);
        var frame = FrameBuilder.Frame(FrameBuilder.Flat("XYZ", index, 50, factors));
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 5);
                a.AddEquity("XYZ", Resolution.Daily, DataNormalizationMode.Raw).SetFeeModel(new Engine.Orders.Fees.ZeroFeeModel());
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested && a.Transactions.OrdersCount == 0)
                {
                    a.MarketOnOpenOrder(a.Sym("XYZ"), 100);
                }
            });

        var result = new BacktestEngine(frame, calendar).Run(algorithm);

        var dividend = Assert.Single(algorithm.SeenDividends);
        Assert.Equal(new DateTime(2024, 1, 4), dividend.Time);
        Assert.Equal(1.0, dividend.Distribution);
        var exDateSample = result.Equity.Single(e => e.Time == new DateTime(2024, 1, 4));
        Assert.Equal(100_000, exDateSample.Value);        // bought 100 @ 50 on Jan 3, marked at 50; no dividend yet
        Assert.Equal(100_100, result.EndEquity, 9);
        Assert.Equal(100, algorithm.Portfolio[algorithm.Sym("XYZ")].TotalDividends, 9);
    }

    [Theory]
    [InlineData(DataNormalizationMode.Raw, 202, 20, 75)]
    [InlineData(DataNormalizationMode.Adjusted, 101, 40, 150)]
    public void Run_SplitWithOpenOrders_RawModeKeepsTheirNotional(DataNormalizationMode mode, double quantity, double limit, double stop)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        // A 2-for-1 split: factor row 2024-01-03 has split factor 0.5, so the split occurs on Thu 2024-01-04 00:00 with
        // factor 0.5; raw prices halve from 100 to 50 (LEAN: quantity / 0.5, prices x 0.5, DefaultBrokerageModel.ApplySplit).
        var factors = new FactorFile("XYZ", [new FactorFileRow(new DateOnly(2024, 1, 3), 1, 0.5, 100), new FactorFileRow(new DateOnly(2050, 12, 31), 1, 1, 0)]);
        var frame = FrameBuilder.Frame(FrameBuilder.Columns("XYZ", index, i => i < 2 ? (100, 100, 100, 100) : (50, 50, 50, 50), factors: factors));
        OrderTicket? limitTicket = null;
        OrderTicket? stopTicket = null;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 5);
                a.AddEquity("XYZ", Resolution.Daily, mode);
            },
            (a, _) =>
            {
                if (limitTicket is null)
                {
                    limitTicket = a.LimitOrder(a.Sym("XYZ"), 101, 40);
                    stopTicket = a.StopMarketOrder(a.Sym("XYZ"), 101, 150);
                }
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        Assert.Single(algorithm.SeenSplits);
        Assert.Equal(OrderStatus.Submitted, limitTicket!.Status);
        Assert.Equal(OrderStatus.Submitted, stopTicket!.Status);
        Assert.Equal(quantity, limitTicket.Quantity);
        Assert.Equal(quantity, stopTicket.Quantity);
        Assert.Equal(limit, algorithm.Transactions.GetOrderById(limitTicket.OrderId)!.LimitPrice, 9);
        Assert.Equal(stop, algorithm.Transactions.GetOrderById(stopTicket.OrderId)!.StopPrice, 9);
    }

    [Fact]
    public void Run_Delisting_ClosesPositionAtLastPriceWithoutFee()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 12));
        var columns = FrameBuilder.Columns("XYZ", index, i => (10 + i, 10 + i, 10 + i, 10 + i));
        for (var i = 7; i < index.Count; i++)
        {
            columns.Presence[i] = Backtest.Data.Frames.BarPresence.AfterDelisting;   // last bar: Wed 2024-01-10 (close 16)
        }

        var afterDelisting = OrderStatus.None;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 12);
                a.AddEquity("XYZ", fillForward: false);
            },
            (a, slice) =>
            {
                if (a.Transactions.OrdersCount == 0)
                {
                    a.MarketOnOpenOrder(a.Sym("XYZ"), 100);
                }

                if (slice.Delistings.Count > 0 && !slice.Delistings[a.Sym("XYZ")].IsWarning)
                {
                    afterDelisting = a.MarketOnOpenOrder(a.Sym("XYZ"), 1).Status;
                }
            });
        var options = new BacktestOptions { DelistingDates = new Dictionary<Symbol, DateOnly> { [Symbol.Create("XYZ")] = new DateOnly(2024, 1, 10) } };

        var result = new BacktestEngine(FrameBuilder.Frame(columns), calendar, options).Run(algorithm);

        var close = result.Orders[1];
        Assert.Equal(("Liquidate from delisting", -100.0, 16.0, 0.0), (close.Tag, close.Quantity, close.FillPrice, close.Fee));
        Assert.Equal(new DateTime(2024, 1, 11), close.LastFillTime);
        Assert.Equal(OrderStatus.Invalid, afterDelisting);
        Assert.False(algorithm.Portfolio.Invested);
        Assert.Equal(100_000 - 1 + (100 * (16 - 11)), result.EndEquity, 9);   // bought at Jan 3 open 11, $1 fee
    }

    [Fact]
    public void Run_WarmUp_RefusesOrdersAndDoesNotSample()
    {
        var (frame, calendar) = RandomWalkFrame();
        var warmOrders = 0;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 15);
                a.SetEndDate(2024, 1, 31);
                a.AddEquity("AAA");
                a.SetWarmUp(5);
            },
            (a, _) =>
            {
                if (a.IsWarmingUp && a.MarketOrder(a.Sym("AAA"), 1).Status == OrderStatus.Invalid)
                {
                    warmOrders++;
                }
            });

        var result = new BacktestEngine(frame, calendar).Run(algorithm);

        Assert.Equal(5, warmOrders);
        Assert.Equal(0, result.TotalOrders);
        Assert.Equal(new DateTime(2024, 1, 15), result.Equity[0].Time);
    }

    /// <param name="alsoInitialize">Runs at the end of Initialize (e.g. to schedule events).</param>
    internal static ScriptedAlgorithm RotatingAlgorithm(Action<ScriptedAlgorithm>? alsoInitialize = null) => new(
        a =>
        {
            a.SetStartDate(2024, 1, 1);
            a.SetEndDate(2024, 1, 31);
            a.AddEquity("AAA");
            a.AddEquity("BBB");
            alsoInitialize?.Invoke(a);
        },
        (a, slice) =>
        {
            // Alternate every trading day (weighted by which closed higher) so that there are many orders.
            var higher = slice.Bars[a.Sym("AAA")].Close > slice.Bars[a.Sym("BBB")].Close;
            var pick = higher ^ (slice.Time.Day % 2 == 0) ? "AAA" : "BBB";
            a.SetHoldings(a.Sym(pick), 0.9, liquidateExistingHoldings: true);
        });

    internal static (Backtest.Data.Frames.BarFrame, Backtest.Data.Calendar.TradingCalendar) RandomWalkFrame()
    {
        var calendar = FrameBuilder.Calendar(new DateOnly(2024, 1, 15));
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));
        var random = new Random(7);
        var walkA = Walk(random, index.Count);
        var walkB = Walk(random, index.Count);
        return (FrameBuilder.Frame(
            FrameBuilder.Columns("AAA", index, i => (walkA[i] - 0.3, walkA[i] + 1, walkA[i] - 1, walkA[i])),
            FrameBuilder.Columns("BBB", index, i => (walkB[i] + 0.2, walkB[i] + 1, walkB[i] - 1, walkB[i]))), calendar);
    }

    private static double[] Walk(Random random, int n)
    {
        var values = new double[n];
        var v = 100.0;
        for (var i = 0; i < n; i++)
        {
            v += Math.Round(random.NextDouble() * 4 - 2, 2);
            values[i] = v;
        }

        return values;
    }
}
