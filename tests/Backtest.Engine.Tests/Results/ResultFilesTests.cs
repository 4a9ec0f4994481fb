using Backtest.Engine.Backtesting;
using Backtest.Engine.Results;
using Backtest.Engine.Tests.Backtesting;

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
}
