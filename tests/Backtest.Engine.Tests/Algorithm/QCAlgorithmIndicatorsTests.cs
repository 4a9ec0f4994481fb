using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Algorithm;

/// <summary>The LEAN-style indicator helpers: auto-updated from the security's bars before OnData, also during warm-up.</summary>
public sealed class QCAlgorithmIndicatorsTests
{
    // Closes 100, 101, ..., highs close + 2, lows close - 3 on consecutive trading days from 2020-01-02.
    private static readonly DateOnly First = new(2020, 1, 2);

    [Fact]
    public void SMA_AutoUpdated_SeesTodaysCloseInOnData()
    {
        var (frame, calendar) = Data(30);
        SimpleMovingAverage? sma = null;
        var seen = new List<(double Close, double Sma)>();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2020, 1, 2);
                a.AddEquity("AAA");
                sma = a.SMA(a.Sym("AAA"), 3);
            },
            (a, slice) => seen.Add((slice[a.Sym("AAA")].Close, sma!.Current.Value)));

        new BacktestEngine(frame, calendar).Run(algorithm);

        // Independent: the mean of the last three closes c, c - 1, c - 2 is c - 1 once three bars were seen.
        Assert.All(seen.Skip(2), s => Assert.Equal(s.Close - 1, s.Sma, 9));
        Assert.Equal(30, sma!.Samples);
    }

    [Fact]
    public void MAXAndMIN_DefaultSelectors_UseHighAndLow()
    {
        var (frame, calendar) = Data(10);
        Maximum? max = null;
        Minimum? min = null;
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2020, 1, 2);
            a.AddEquity("AAA");
            max = a.MAX(a.Sym("AAA"), 5);
            min = a.MIN(a.Sym("AAA"), 5);
        });

        new BacktestEngine(frame, calendar).Run(algorithm);

        // Last close is 109: highest high 109 + 2, lowest low of the last five bars (closes 105..109) 105 - 3.
        Assert.Equal(111, max!.Current.Value);
        Assert.Equal(102, min!.Current.Value);
    }

    [Fact]
    public void MACD_WithWarmUp_IsReadyAtTheFirstOnDataAfterWarmUp()
    {
        var (frame, calendar) = Data(80);
        MovingAverageConvergenceDivergence? macd = null;
        var readyAtFirstCall = new List<bool>();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2020, 3, 2);
                a.AddEquity("AAA");
                macd = a.MACD(a.Sym("AAA"), 12, 26, 9);
                a.SetWarmUp(40);
            },
            (a, _) =>
            {
                if (!a.IsWarmingUp && readyAtFirstCall.Count == 0)
                {
                    readyAtFirstCall.Add(macd!.IsReady);
                }
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        // 40 warm-up bars exceed MACD's 26 + 9 - 1 = 34, so it is ready when trading starts.
        Assert.Equal([true], readyAtFirstCall);
    }

    [Fact]
    public void EMA_OtherResolution_Refuses()
    {
        var (frame, calendar) = Data(5);
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2020, 1, 2);
            a.AddEquity("AAA");
            a.EMA(a.Sym("AAA"), 3, Resolution.Hour);
        });

        Assert.Throws<NotSupportedException>(() => new BacktestEngine(frame, calendar).Run(algorithm));
    }

    private static (Backtest.Data.Frames.BarFrame, Backtest.Data.Calendar.TradingCalendar) Data(int days)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, First, First.AddDays(days * 2));
        var n = Math.Min(days, index.Count);
        var trimmed = FrameBuilder.Daily(calendar, First, DateOnly.FromDateTime(index.StartTimes[n - 1]));
        var columns = FrameBuilder.Columns("AAA", trimmed, i => (100 + i, 102 + i, 97 + i, 100 + i));
        return (FrameBuilder.Frame(columns), calendar);
    }
}
