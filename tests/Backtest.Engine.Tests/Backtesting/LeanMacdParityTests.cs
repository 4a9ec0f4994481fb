using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;
using Backtest.Engine.Tests.Support;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// CASES.md 4 (MACDTrendAlgorithm): eleven years of MACD entries and exits on SPY daily. The MACD is computed inline
/// here with LEAN's EMA definition (SMA seed, k = 2 / (n + 1)) so this test does not depend on the indicator library.
/// Checks order count, fees, end equity and the win/loss figures derived from the transaction records (F.4).
/// </summary>
public sealed class LeanMacdParityTests
{
    [Fact]
    public void Run_MacdTrend_MatchesLeanOrdersFeesEquityAndWinRates()
    {
        var data = LeanFixture.Load(new DateOnly(2004, 1, 1), new DateOnly(2015, 1, 1), "spy");
        if (data is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var (fast, slow, signal) = (new Ema(12), new Ema(26), new Ema(9));
        var previous = DateTime.MinValue;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2004, 1, 1);
                a.SetEndDate(2015, 1, 1);
                a.AddEquity("SPY");
            },
            (a, slice) =>
            {
                var spy = a.Sym("SPY");
                // LEAN updates the indicator from bars only; OnData also runs for dividend-only slices (ex-dates, 00:00).
                if (slice.Bars.TryGetValue(spy, out var bar))
                {
                    fast.Update(bar.Close);
                    slow.Update(bar.Close);
                    if (fast.IsReady && slow.IsReady)
                    {
                        signal.Update(fast.Value - slow.Value);
                    }
                }

                var macd = fast.Value - slow.Value;

                if (!signal.IsReady || previous.Date == a.Time.Date)
                {
                    return;
                }

                var delta = (macd - signal.Value) / fast.Value;
                var holdings = a.Portfolio[spy].Quantity;
                if (holdings <= 0 && delta > 0.0025)
                {
                    a.SetHoldings(spy, 1.0);
                }
                else if (holdings >= 0 && delta < -0.0025)
                {
                    a.Liquidate(spy);
                }

                previous = a.Time;
            });

        var result = new BacktestEngine(data.Value.Frame, data.Value.Calendar).Run(algorithm);

        Assert.Equal(85, result.TotalOrders);
        Assert.Equal(468.54m, Math.Round((decimal)result.TotalFees, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(137751.04, Math.Round(result.EndEquity, 2));
        Assert.Equal(result.Orders.Count(o => o.Quantity < 0 && o.Status == OrderStatus.Filled), result.Trades.Count);   // long-only: each filled sale closes one trade
        Assert.Equal(result.TransactionRecords.Select(r => r.Profit), result.Trades.Select(t => t.ProfitLoss - (2 * (t.TotalFees - EntryFee(result, t)))), new ToleranceComparer());
        var (winRate, averageWin, averageLoss) = WinLoss(result);
        Assert.Equal(57m, Math.Round(winRate * 100, 0));
        Assert.Equal(4.78m, Math.Round(averageWin * 100, 2));
        Assert.Equal(-4.16m, Math.Round(averageLoss * 100, 2));
    }

    private static double EntryFee(BacktestResult result, Trade trade) =>
        result.Orders.Single(o => o.Quantity > 0 && o.LastFillTime == trade.EntryTime).Fee;

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-6;

        public int GetHashCode(double obj) => 0;
    }

    /// <summary>SEMANTICS.md F.4: running capital starts at the starting capital and grows by each record's profit.</summary>
    private static (decimal WinRate, decimal AverageWin, decimal AverageLoss) WinLoss(BacktestResult result)
    {
        var capital = (decimal)result.StartingCapital;
        decimal wins = 0, losses = 0, winSum = 0, lossSum = 0;
        foreach (var record in result.TransactionRecords)
        {
            var profit = (decimal)record.Profit;
            if (profit > 0)
            {
                wins++;
                winSum += profit / capital;
            }
            else
            {
                losses++;
                lossSum += profit / capital;
            }

            capital += profit;
        }

        return (wins / (wins + losses), winSum / wins, lossSum / losses);
    }

    /// <summary>LEAN's ExponentialMovingAverage: 0 until n samples, the n-th output is the SMA, then recursive.</summary>
    private sealed class Ema(int period)
    {
        private readonly double _k = 2.0 / (period + 1);
        private int _count;
        private double _sum;

        public double Value { get; private set; }

        public bool IsReady => _count >= period;

        public void Update(double x)
        {
            _count++;
            if (_count < period)
            {
                _sum += x;
            }
            else if (_count == period)
            {
                Value = (_sum + x) / period;
            }
            else
            {
                Value += _k * (x - Value);
            }
        }
    }
}
