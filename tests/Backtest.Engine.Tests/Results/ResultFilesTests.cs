using System.Globalization;
using System.Text.Json;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Results;
using Backtest.Engine.Tests.Backtesting;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Results;

public sealed class ResultFilesTests
{
    [Fact]
    public void DailySeries_RunWithABenchmark_PairsEachDayWithTheBenchmarkSampledAtTheSameTime()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var options = new BacktestOptions { Benchmark = frame.Symbols[1] };
        var result = new BacktestEngine(frame, calendar, options).Run(BacktestEngineTests.RotatingAlgorithm());

        var daily = ResultFiles.DailySeries(result, calendar.IsTradingDay);

        // Independent pairing: look every equity sample's time up among all benchmark samples.
        var benchmarkAt = result.Benchmark.ToDictionary(b => b.Time, b => b.Value);
        var expected = new List<DailyPoint>();
        foreach (var e in result.Equity)
        {
            var isFinal = e.Time == result.LastStepTime && e.Time.TimeOfDay != TimeSpan.Zero;
            if (e.Time.TimeOfDay != TimeSpan.Zero && !isFinal)
            {
                continue;
            }

            var day = DateOnly.FromDateTime(e.Time).AddDays(isFinal ? 0 : -1);
            if (day < DateOnly.FromDateTime(result.StartDate) || !calendar.IsTradingDay(day))
            {
                continue;
            }

            var point = new DailyPoint(day, e.Value, benchmarkAt.TryGetValue(e.Time, out var v) ? v : double.NaN);
            if (expected.Count > 0 && expected[^1].Date == day)
            {
                expected[^1] = point;
            }
            else
            {
                expected.Add(point);
            }
        }

        Assert.True(daily.Count > 10);
        Assert.Contains(daily, p => !double.IsNaN(p.Benchmark) && p.Benchmark > 0);
        Assert.Equal(expected, daily);
        Assert.Equal(daily.Select(p => p.Date).Distinct().Count(), daily.Count);
    }

    [Fact]
    public void Write_DocumentLargerThanTheSpillBuffer_SeriesTextIsTheDocumentedTimeAndRoundTripNumber()
    {
        using var temp = new TempFolder();
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var result = new BacktestEngine(frame, calendar, new BacktestOptions { Benchmark = frame.Symbols[1] }).Run(BacktestEngineTests.RotatingAlgorithm());
        var run = new RunDescription("Rotating", [], "data", "fingerprint", IsSynthetic: true, "0.0.0");

        ResultFiles.Write(temp.Path, run, result, [new("Total Orders", "1")], [], calendar.IsTradingDay);

        // Written in pieces as the writer spills its buffer: the file must still be one valid document, and every
        // time, date and number must read exactly as ResultFiles.Time, yyyy-MM-dd and double.ToString("R") give them.
        var bytes = File.ReadAllBytes(temp.File(ResultFiles.ResultJson));
        Assert.True(bytes.Length > 1 << 15, $"only {bytes.Length} bytes: too small to cross the spill threshold");
        using var doc = JsonDocument.Parse(bytes);
        var equity = doc.RootElement.GetProperty("equity").EnumerateArray().ToList();
        Assert.Equal(result.Equity.Count, equity.Count);
        for (var i = 0; i < equity.Count; i++)
        {
            Assert.Equal(ResultFiles.Time(result.Equity[i].Time), equity[i][0].GetString());
            Assert.Equal(result.Equity[i].Value.ToString("R", CultureInfo.InvariantCulture), equity[i][1].GetRawText());
        }

        var daily = ResultFiles.DailySeries(result, calendar.IsTradingDay);
        var written = doc.RootElement.GetProperty("daily").EnumerateArray().ToList();
        Assert.Equal(daily.Count, written.Count);
        for (var i = 0; i < daily.Count; i++)
        {
            Assert.Equal(daily[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), written[i][0].GetString());
        }

        Assert.Equal((byte)'\n', bytes[^1]);
    }
}
