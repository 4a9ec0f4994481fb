using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Support;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// F.1 sampling checked through LEAN's Drawdown and Drawdown Recovery (F.4), which depend on the exact equity sample
/// times (midnights, intraday samples at hourly benchmark steps, final). Computed inline from the equity series.
/// </summary>
public sealed class LeanSamplingParityTests
{
    [Fact]
    public void Equity_DividendRegressionWithHourlyBenchmark_GivesLeanDrawdownAndRecovery()
    {
        var data = LeanFixture.Load(new DateOnly(1998, 1, 1), new DateOnly(2006, 1, 1), "spy");
        var hourly = LeanFixture.Load(Resolution.Hour, new DateOnly(1997, 12, 31), new DateOnly(2006, 1, 1), "spy");
        if (data is null || hourly is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

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
        var options = new BacktestOptions { Benchmark = hourly.Value.Frame.Symbols[0] };

        var result = new BacktestEngine(data.Value.Frame, data.Value.Calendar, options).Run(algorithm);

        var (drawdown, recovery) = DrawdownMetrics(result.Equity);
        Assert.Equal(0.282, Math.Round(drawdown, 3));   // "28.200%"
        Assert.Equal(126, recovery);                     // LEAN "Drawdown Recovery"
    }

    [Fact]
    public void Equity_MarginRemainingWithHourlyBenchmark_GivesLeanDrawdownAndRecovery()
    {
        var data = LeanFixture.Load(new DateOnly(2007, 1, 1), new DateOnly(2010, 1, 1), "spy", "aapl");
        var hourly = LeanFixture.Load(Resolution.Hour, new DateOnly(2006, 12, 29), new DateOnly(2010, 1, 1), "spy");
        if (data is null || hourly is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

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

                if (a.Time.Year == 2009 && !a.Portfolio[a.Sym("AAPL")].Invested)
                {
                    a.SetHoldings(a.Sym("AAPL"), 0.3);
                }
            });
        var options = new BacktestOptions { Benchmark = hourly.Value.Frame.Symbols[0] };

        var result = new BacktestEngine(data.Value.Frame, data.Value.Calendar, options).Run(algorithm);

        var (drawdown, recovery) = DrawdownMetrics(result.Equity);
        Assert.Equal(0.421, Math.Round(drawdown, 3));   // "42.100%"
        Assert.Equal(707, recovery);                     // LEAN "Drawdown Recovery"
    }

    /// <summary>SEMANTICS.md F.4 drawdown walk.</summary>
    private static (double Drawdown, int RecoveryDays) DrawdownMetrics(IReadOnlyList<TimeSample> equity)
    {
        var peak = equity[0].Value;
        var peakTime = equity[0].Time;
        DateTime? start = null;
        var worst = 0.0;
        var longest = TimeSpan.Zero;
        foreach (var point in equity)
        {
            if (point.Value >= peak)
            {
                if (start is { } s && point.Time - s > longest)
                {
                    longest = point.Time - s;
                }

                (peak, peakTime, start) = (point.Value, point.Time, null);
            }
            else
            {
                start ??= peakTime;
                worst = Math.Min(worst, (point.Value / peak) - 1);
            }
        }

        return (-worst, (int)longest.TotalDays);
    }
}
