using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;
using Backtest.Engine.Tests.Support;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// LEAN regression algorithms re-run on LEAN's sample data (shared/parity/lean/CASES.md). Expected values are LEAN's
/// published ones; quantities and prices are re-derived in the test from the raw file values and factors.
/// </summary>
public sealed class LeanParityTests
{
    [Fact]
    public void Run_BasicTemplateDaily_MatchesLeanEquityAndFees()
    {
        var data = LeanFixture.Load(new DateOnly(2013, 10, 8), new DateOnly(2013, 10, 17), "spy") ?? Skip();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2013, 10, 8);
                a.SetEndDate(2013, 10, 17);
                a.SetCash(100_000);
                a.AddEquity("SPY");
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested)
                {
                    a.SetHoldings(a.Sym("SPY"), 1.0);
                }
            });

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        var order = Assert.Single(result.Orders);
        Assert.Equal(OrderType.MarketOnOpen, order.Type);
        Assert.Equal(697, order.Quantity);
        // CASES.md: adjusted 10-09 open = 165.82 x 0.8646266 (factor-file row 2013-12-19).
        Assert.Equal(165.82 * 0.8646266, order.FillPrice, 9);
        Assert.Equal(new DateTime(2013, 10, 9, 16, 0, 0), order.LastFillTime);
        Assert.Equal(3.485, result.TotalFees, 9);
        Assert.Equal(104486.22, Math.Round(result.EndEquity, 2));
        Assert.Equal(104486.22, Math.Round(result.Equity[^1].Value, 2));
    }

    [Fact]
    public void Run_BasicTemplateDailyWithHourlyBenchmark_CountsLeanDataPointsAndSamplesBenchmark()
    {
        var data = LeanFixture.Load(new DateOnly(2013, 10, 8), new DateOnly(2013, 10, 17), "spy") ?? Skip();
        var hourly = LeanFixture.Load(Resolution.Hour, new DateOnly(2013, 10, 7), new DateOnly(2013, 10, 17), "spy") ?? Skip();
        var benchmark = hourly.Frame.Symbols[0];
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2013, 10, 8);
                a.SetEndDate(2013, 10, 17);
                a.AddEquity("SPY");
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested)
                {
                    a.SetHoldings(a.Sym("SPY"), 1.0);
                }
            });

        var result = new BacktestEngine(data.Frame, data.Calendar, new BacktestOptions { Benchmark = benchmark }).Run(algorithm);

        Assert.Equal(72, result.DataPoints);   // CASES.md: 8 daily bars + 63 benchmark hour bars + 1
        Assert.Equal(104486.22, Math.Round(result.EndEquity, 2));
        // The start sample sees the last hour close of 2013-10-07 (adjusted), rounded to 7 significant digits.
        var lastClose = benchmark.Close[Array.IndexOf(benchmark.Index.EndTimes, new DateTime(2013, 10, 7, 16, 0, 0))];
        Assert.Equal((double)Math.Round((decimal)(lastClose * 0.8646266), 4), result.Benchmark[0].Value, 9);
        // Intraday equity samples exist at the hourly benchmark steps of a daily algorithm.
        Assert.Contains(result.Equity, e => e.Time == new DateTime(2013, 10, 9, 11, 0, 0));
    }

    [Fact]
    public void Run_DividendRegressionRawMode_PaysDividendsInCash()
    {
        var data = LeanFixture.Load(new DateOnly(1998, 1, 1), new DateOnly(2006, 1, 1), "spy") ?? Skip();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(1998, 1, 1);
                a.SetEndDate(2006, 1, 1);
                a.AddEquity("SPY", Resolution.Daily, DataNormalizationMode.Raw);
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested)
                {
                    a.SetHoldings(a.Sym("SPY"), 0.5);
                }
            });

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        var order = Assert.Single(result.Orders);
        Assert.Equal(512, order.Quantity);          // floor(0.5 x 0.9975 x 100000 / 2 / (97.36 / 2))
        Assert.Equal(97.84, order.FillPrice, 9);     // raw open of 1998-01-05
        Assert.Equal(2.56, result.TotalFees, 9);
        var dividends = algorithm.SeenDividends.Sum(d => d.Distribution * 512);
        Assert.Equal(6789.12, Math.Round(dividends, 2));                       // CASES.md
        Assert.Equal(6789.12, Math.Round(algorithm.Portfolio[a(algorithm)].TotalDividends, 2));
        Assert.Equal(120462.08, Math.Round(result.EndEquity, 2));              // LEAN End Equity

        static Symbol a(ScriptedAlgorithm alg) => alg.Sym("SPY");
    }

    [Fact]
    public void Run_SetHoldingReturnsOrderTickets_TwoTicketsThenNone()
    {
        var data = LeanFixture.Load(new DateOnly(2018, 1, 4), new DateOnly(2018, 1, 10), "spy", "ibm") ?? Skip();
        var ticketCounts = new List<int>();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2018, 1, 4);
                a.SetEndDate(2018, 1, 10);
                a.AddEquity("SPY");
                a.AddEquity("IBM");
            },
            (a, _) => ticketCounts.Add(a.SetHoldings([new PortfolioTarget(a.Sym("SPY"), 0.8), new PortfolioTarget(a.Sym("IBM"), 0.2)]).Count));

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        Assert.Equal(2, ticketCounts[0]);
        Assert.All(ticketCounts.Skip(1), c => Assert.Equal(0, c));
        Assert.Equal(["SPY", "IBM"], result.Orders.Select(o => o.Symbol.Value));   // larger order value first
        Assert.Equal([311.0, 144.0], result.Orders.Select(o => o.Quantity));
        Assert.Equal(1.555 + 1.0, result.TotalFees, 9);
        Assert.Equal(100661.71, Math.Round(result.EndEquity, 2));
    }

    [Fact]
    public void Run_LiquidateRegression_CancelsEverythingAndCountsSixOrders()
    {
        var data = LeanFixture.Load(new DateOnly(2018, 1, 4), new DateOnly(2018, 1, 10), "spy", "ibm") ?? Skip();
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2018, 1, 4);
            a.SetEndDate(2018, 1, 10);
            var spy = a.AddEquity("SPY").Symbol;
            var ibm = a.AddEquity("IBM").Symbol;
            void Rebalance()
            {
                a.MarketOrder(ibm, 10);
                a.LimitOrder(ibm, 1, a.Securities[ibm].Price - 5);
                a.LimitOrder(spy, 1, a.Securities[spy].Price - 5);
                a.Liquidate();
            }

            a.Schedule.On(a.DateRules.On(2018, 1, 5), a.TimeRules.Midnight, Rebalance);
            a.Schedule.On(a.DateRules.On(2018, 1, 8), a.TimeRules.Midnight, Rebalance);
        });

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        Assert.Equal(6, result.TotalOrders);
        Assert.All(result.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal(OrderType.MarketOnOpen, result.Orders[0].Type);
        Assert.Equal(100_000, result.EndEquity);
    }

    [Fact]
    public void Run_MarginRemainingRegression_LeverageOneSizesAndFees()
    {
        var data = LeanFixture.Load(new DateOnly(2007, 1, 1), new DateOnly(2010, 1, 1), "spy", "aapl") ?? Skip();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2007, 1, 1);
                a.SetEndDate(2010, 1, 1);
                a.AddEquity("SPY", leverage: 1);
                a.AddEquity("AAPL", leverage: 1);
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested)
                {
                    a.SetHoldings(a.Sym("SPY"), 0.7);
                }

                Assert.True(a.Portfolio.MarginRemaining > 0);
                if (a.Time.Year == 2009 && !a.Portfolio[a.Sym("AAPL")].Invested)
                {
                    a.SetHoldings(a.Sym("AAPL"), 0.3);
                }
            });

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        Assert.Equal([657.0, 8378.0], result.Orders.Select(o => o.Quantity));   // CASES.md re-derivation
        Assert.Equal(45.18m, Math.Round((decimal)result.TotalFees, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(119303.75, Math.Round(result.EndEquity, 2));
    }

    [Fact]
    public void Run_EquitySplitHoldingsDaily_RawSplitMultipliesShortPosition()
    {
        var data = LeanFixture.Load(new DateOnly(2014, 6, 5), new DateOnly(2014, 6, 11), "aapl") ?? Skip();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2014, 6, 5);
                a.SetEndDate(2014, 6, 11);
                a.AddEquity("AAPL", Resolution.Daily, DataNormalizationMode.Raw);
            },
            (a, _) =>
            {
                if (!a.Portfolio.Invested && a.SeenSplits.Count == 0)
                {
                    a.SetHoldings(a.Sym("AAPL"), -1);
                }
            });

        var result = new BacktestEngine(data.Frame, data.Calendar).Run(algorithm);

        var split = Assert.Single(algorithm.SeenSplits);
        Assert.Equal(new DateTime(2014, 6, 9), split.Time);
        // Factor-file rows 20140606 (split factor 0.0357143) and 20140806 (0.25): LEAN's factor is their ratio, not 1/7.
        Assert.Equal(0.0357143 / 0.25, split.SplitFactor, 12);
        var order = Assert.Single(result.Orders);
        Assert.Equal(Math.Truncate(order.Quantity / (0.0357143 / 0.25)), algorithm.Portfolio[algorithm.Sym("AAPL")].Quantity);
        Assert.Equal(1.0, result.TotalFees, 9);
        Assert.Equal(98919.60, Math.Round(result.EndEquity, 2));
    }

    private static (Backtest.Data.Frames.BarFrame Frame, Backtest.Data.Calendar.TradingCalendar Calendar) Skip()
    {
        Assert.Skip(SharedData.MissingReason);
        return default;
    }
}
