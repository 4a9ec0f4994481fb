using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Backtest.Engine.Tests.Algorithm;

public sealed class QCAlgorithmTests
{
    [Fact]
    public void History_EndsAtTheCurrentBar_NeverLater()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));
        var frame = FrameBuilder.Frame(FrameBuilder.Columns("XYZ", index, i => (i, i, i, i)));
        var checkedBars = 0;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 1);
                a.SetEndDate(2024, 1, 31);
                a.AddEquity("XYZ");
            },
            (a, slice) =>
            {
                var history = a.History(a.Sym("XYZ"), 3);
                Assert.Equal(slice.Time, history[^1].EndTime);
                Assert.All(history, b => Assert.True(b.EndTime <= a.Time));
                Assert.Equal(slice.Bars[a.Sym("XYZ")].Close, history[^1].Close);
                checkedBars++;
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        Assert.Equal(index.Count, checkedBars);
    }

    [Fact]
    public void RegisterBarHandler_RunsBeforeOnDataWithTheSameBar()
    {
        var (frame, calendar) = OneWeek();
        var handled = new List<DateTime>();
        var checkedInOnData = 0;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 5);
                var s = a.AddEquity("XYZ").Symbol;
                a.RegisterBarHandler(s, bar => handled.Add(bar.EndTime));
            },
            (a, slice) =>
            {
                Assert.Equal(slice.Time, handled[^1]);
                checkedInOnData++;
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        Assert.Equal(4, handled.Count);
        Assert.Equal(4, checkedInOnData);
    }

    [Fact]
    public void GetParameter_ReadsOptionsOrDefault()
    {
        var (frame, calendar) = OneWeek();
        var seen = (Lookback: 0, Weight: 0.0, Missing: "");
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2024, 1, 2);
            a.AddEquity("XYZ");
            seen = (a.GetParameter("lookback", 5), a.GetParameter("weight", 0.5), a.GetParameter("absent", "fallback"));
        });
        var options = new BacktestOptions { Parameters = new Dictionary<string, string> { ["lookback"] = "20", ["weight"] = "0.25" } };

        new BacktestEngine(frame, calendar, options).Run(algorithm);

        Assert.Equal((20, 0.25, "fallback"), seen);
    }

    [Fact]
    public void DebugAndPlot_AreCollectedAndLoggedAtTheEnd()
    {
        var (frame, calendar) = OneWeek();
        var sink = new ListSink();
        var logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(sink).CreateLogger();
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 5);
                a.AddEquity("XYZ");
            },
            (a, slice) =>
            {
                a.Debug("bar");
                a.Plot("Chart", "Close", slice.Bars[a.Sym("XYZ")].Close);
            });

        var result = new BacktestEngine(frame, calendar, new BacktestOptions { Logger = logger }).Run(algorithm);

        Assert.Equal(4, result.Logs.Count);
        Assert.Equal(4, result.Plots.Count);
        Assert.Equal(new DateTime(2024, 1, 2, 16, 0, 0), result.Plots[0].Time);
        Assert.Equal(4, sink.Events.Count(e => e.Level == LogEventLevel.Debug));
    }

    [Fact]
    public void AddEquity_UnknownTickerOrResolution_FailsWithAHint()
    {
        var (frame, calendar) = OneWeek();
        var unknown = new ScriptedAlgorithm(a => a.AddEquity("NOPE"));
        var hourly = new ScriptedAlgorithm(a => a.AddEquity("XYZ", Resolution.Hour));

        Assert.Contains("has no NOPE", Assert.Throws<InvalidOperationException>(() => new BacktestEngine(frame, calendar).Run(unknown)).Message);
        Assert.Contains("loaded data is Daily", Assert.Throws<InvalidOperationException>(() => new BacktestEngine(frame, calendar).Run(hourly)).Message);
    }

    private static (Backtest.Data.Frames.BarFrame, Backtest.Data.Calendar.TradingCalendar) OneWeek()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 5));
        return (FrameBuilder.Frame(FrameBuilder.Flat("XYZ", index, 10)), calendar);
    }

    private sealed class ListSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
