using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// The recorder notes its samples during the run and builds the series when the run completes: the series must be what
/// LEAN's on-the-spot sampling gives (decimal roundings written out here with decimal itself), however many samples
/// arrive, and the series exist only once built.
/// </summary>
public sealed class ResultRecorderTests
{
    private static readonly DateTime Start = new(2024, 1, 1);
    private static readonly DateTime End = new(2024, 1, 31, 23, 59, 59);

    [Fact]
    public void Complete_MoreSamplesThanEstimated_KeepsEverySampleWithLeanRoundings()
    {
        var (_, portfolio) = SecurityFactory.Portfolio(100_000);
        // An estimate of one step: the log starts with room for the days and one step sample, far fewer than below.
        var recorder = new ResultRecorder(portfolio, new BenchmarkFeed(null, Start, FrameBuilder.Calendar()), Start, End, 100_000, expectedSteps: 1);
        var cash = new List<double>();
        var expectedEquity = new List<TimeSample>();
        for (var day = 0; day < 31; day++)
        {
            var midnight = Start.AddDays(day);
            recorder.SampleDaily(midnight);
            expectedEquity.Add(new TimeSample(midnight, Lean4(portfolio.TotalPortfolioValue)));
            cash.Add(portfolio.TotalPortfolioValue);
            // Twelve step samples an hour apart (the resample period of a month is ~11 minutes), each at a new value.
            for (var hour = 9; hour < 21; hour++)
            {
                portfolio.SetCash(portfolio.Cash * (1 + (0.000123456789 * ((day + hour) % 7 - 3))));
                var step = midnight.AddHours(hour);
                recorder.SampleStep(step);
                expectedEquity.Add(new TimeSample(step, Lean4(portfolio.TotalPortfolioValue)));
            }
        }

        recorder.Complete();

        Assert.Equal(31 * 13, recorder.Equity.Count);
        Assert.Equal(expectedEquity, recorder.Equity);
        Assert.Equal(31, recorder.Performance.Count);
        Assert.Equal(0, recorder.Performance[0].Value);
        for (var day = 1; day < 31; day++)
        {
            var change = Math.Round(((decimal)cash[day] - (decimal)cash[day - 1]) * 100m / (decimal)cash[day - 1], 10);
            Assert.Equal((double)change, recorder.Performance[day].Value);
        }

        // No sales: every turnover point is zero; the start date has none.
        Assert.Equal(30, recorder.Turnover.Count);
        Assert.All(recorder.Turnover, p => Assert.Equal(0, p.Value));
        Assert.All(recorder.Benchmark, p => Assert.Equal(0, p.Value));
    }

    [Fact]
    public void Series_BeforeComplete_AreRefused_AndSamplesAfterIt()
    {
        var (_, portfolio) = SecurityFactory.Portfolio(100_000);
        var recorder = new ResultRecorder(portfolio, new BenchmarkFeed(null, Start, FrameBuilder.Calendar()), Start, End, 100_000, expectedSteps: 10);
        recorder.SampleDaily(Start);

        Assert.Throws<InvalidOperationException>(() => recorder.Equity);
        recorder.Complete();
        Assert.Single(recorder.Equity);
        Assert.Throws<InvalidOperationException>(() => recorder.SampleDaily(Start.AddDays(1)));
        Assert.Throws<InvalidOperationException>(recorder.Complete);
    }

    private static double Lean4(double value) => (double)Math.Round((decimal)value, 4);
}
