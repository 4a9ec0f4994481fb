using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Securities;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// Workload W1 (shared/bench/WORKLOADS.md): the engine, configured with fractional shares, no buffer, a cash account,
/// a 5 bp fee at the fill price and fill-time sizing, must reproduce a direct simulation of the workload's rules.
/// </summary>
public sealed class StreakRotationWorkloadTests
{
    private const int N = 3;
    private const double Fee = 0.0005;

    [Fact]
    public void Run_StreakRotationSettings_MatchesDirectSimulation()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        var random = new Random(11);
        var iwm = Prices(random, index.Count);
        var qqq = Prices(random, index.Count);
        var frame = FrameBuilder.Frame(
            FrameBuilder.Columns("IWM", index, i => iwm[i]),
            FrameBuilder.Columns("QQQ", index, i => qqq[i]));

        var streak = new Streak();
        string? held = null;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2020, 1, 1);
                a.SetEndDate(2020, 12, 31);
                a.SetBrokerageModel(BrokerageName.Default, AccountType.Cash);
                a.Settings.AllowFractionalShares = true;
                a.Settings.FreePortfolioValuePercentage = 0;
                a.Settings.MinimumOrderMarginPortfolioPercentage = 0;
                a.Settings.SizeTargetOrdersAtFillPrice = true;
                a.AddEquity("IWM").SetFeeModel(new ConstantPercentageFeeModel(Fee));
                a.AddEquity("QQQ").SetFeeModel(new ConstantPercentageFeeModel(Fee));
            },
            (a, slice) =>
            {
                var target = streak.Next(slice.Bars[a.Sym("IWM")].Close, slice.Bars[a.Sym("QQQ")].Close) ?? held;
                if (target is not null && target != held && a.Time.Date != new DateTime(2020, 12, 31))
                {
                    a.SetHoldings(a.Sym(target), 1.0, liquidateExistingHoldings: true);
                    held = target;
                }
            });

        var result = new BacktestEngine(frame, calendar).Run(algorithm);

        var (equity, trades) = Simulate(iwm, qqq);
        Assert.True(trades > 10);
        Assert.Equal(trades, result.TotalOrders);
        Assert.All(result.Orders, o => Assert.Equal(Engine.Orders.OrderStatus.Filled, o.Status));
        Assert.Equal(equity, result.EndEquity, 1e-6 * equity);
    }

    /// <summary>The workload's own rules, written directly over the price arrays.</summary>
    private static (double Equity, int Trades) Simulate((double O, double H, double L, double C)[] iwm, (double O, double H, double L, double C)[] qqq)
    {
        var streak = new Streak();
        var (cash, shares, trades) = (100_000.0, 0.0, 0);
        int? asset = null;
        for (var t = 0; t < iwm.Length; t++)
        {
            var target = streak.Next(iwm[t].C, qqq[t].C) switch { "IWM" => 0, "QQQ" => 1, _ => asset };
            if (target is null || target == asset || t + 1 >= iwm.Length)
            {
                continue;
            }

            double Open(int a) => a == 0 ? iwm[t + 1].O : qqq[t + 1].O;
            if (asset is { } old)
            {
                var value = shares * Open(old);
                cash += value - (Fee * value);
                trades++;
            }

            shares = cash / (Open(target.Value) * (1 + Fee));
            cash -= (shares * Open(target.Value)) + (Fee * shares * Open(target.Value));
            asset = target;
            trades++;
        }

        var last = iwm.Length - 1;
        return (cash + (asset is null ? 0 : shares * (asset == 0 ? iwm[last].C : qqq[last].C)), trades);
    }

    private static (double O, double H, double L, double C)[] Prices(Random random, int n)
    {
        var result = new (double, double, double, double)[n];
        var close = 100.0;
        for (var i = 0; i < n; i++)
        {
            var open = close * (1 + ((random.NextDouble() - 0.5) * 0.01));
            close = open * (1 + ((random.NextDouble() - 0.5) * 0.03));
            result[i] = (open, Math.Max(open, close) + 0.1, Math.Min(open, close) - 0.1, close);
        }

        return result;
    }

    /// <summary>W1's streak counters: consecutive days IWM beat QQQ (or the reverse); a tie resets both.</summary>
    private sealed class Streak
    {
        private double _iwm = double.NaN;
        private double _qqq = double.NaN;
        private int _up;
        private int _down;

        public string? Next(double iwm, double qqq)
        {
            if (!double.IsNaN(_iwm))
            {
                var d = (iwm / _iwm) - (qqq / _qqq);
                (_up, _down) = d > 0 ? (_up + 1, 0) : d < 0 ? (0, _down + 1) : (0, 0);
            }

            (_iwm, _qqq) = (iwm, qqq);
            return _up >= N ? "IWM" : _down >= N ? "QQQ" : null;
        }
    }
}
