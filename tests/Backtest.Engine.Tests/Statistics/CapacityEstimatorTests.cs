using Backtest.Engine.Statistics;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>Expected values worked by hand from SEMANTICS.md F.7 next to each test.</summary>
public sealed class CapacityEstimatorTests
{
    private static readonly TimeSpan StrictDaily = TimeSpan.FromHours(6.5);
    private static readonly DateTime Day = new(2021, 3, 1);

    [Fact]
    public void EstimatedCapacity_NoFills_IsNullAndNoAsset()
    {
        var estimator = new CapacityEstimator(Day, Day.AddDays(3));

        estimator.EndTimeStep(Day.AddDays(3), 100000, _ => 0, final: true);

        Assert.Null(estimator.EstimatedCapacity);
        Assert.Equal("", estimator.LowestCapacityAsset);
        Assert.Equal("$0", StatisticsFormatter.Capacity(estimator.EstimatedCapacity));
    }

    [Fact]
    public void EndTimeStep_HourWindowFill_UsesBarAtRoundedUpHour()
    {
        // Fill at 12:10 -> window is the 13:00 step only. 13:00 bar: 50 x 2,000,000 x 0.05 (Hour) = 5,000,000 per trade.
        // Scaling = max(sales share 1, holdings 10,000 / 100,000) = 1 -> 5,000,000 -> "$5000000.00".
        var estimator = new CapacityEstimator(Day, Day.AddDays(3));
        estimator.OnFill("X", Day.AddHours(12).AddMinutes(10), 50, 200);
        estimator.OnBar("X", Day.AddHours(13), 50, 2_000_000, TimeSpan.FromHours(1));
        estimator.OnBar("X", Day.AddHours(14), 50, 9_000_000, TimeSpan.FromHours(1));

        estimator.EndTimeStep(Day.AddHours(14), 100000, _ => 10000, final: true);

        Assert.Equal(5_000_000m, estimator.EstimatedCapacity);
        Assert.Equal("X", estimator.LowestCapacityAsset);
    }

    [Fact]
    public void EndTimeStep_FastSecondFill_DiscountsAndAveragesPerTrade()
    {
        // Fills 39 minutes apart: discount 2 x 39 / 390 = 0.2 for the second; the 11:00 bar counts once
        // with that discount: 100 x 1,000,000 x 0.2 x 0.05 = 1,000,000 over 2 trades = 500,000; scaling 1.
        var estimator = new CapacityEstimator(Day, Day.AddDays(3));
        estimator.OnFill("X", Day.AddHours(10).AddMinutes(1), 100, 10);
        estimator.OnFill("X", Day.AddHours(10).AddMinutes(40), 100, -10);
        estimator.OnBar("X", Day.AddHours(11), 100, 1_000_000, TimeSpan.FromHours(1));

        estimator.EndTimeStep(Day.AddHours(11), 100000, _ => 0, final: true);

        Assert.Equal(500_000m, estimator.EstimatedCapacity);
    }

    [Fact]
    public void EndTimeStep_SecondSnapshot_BlendsWithPrevious()
    {
        // Run of 3 days -> snapshot period max(min(3 - 1, 7), 1) = 2 days: first snapshot on day 2.
        // Snapshot 1: 10 x 1,000,000 x 0.02 (Daily bars) / 1 trade / max(sales share 1, holdings 0.5) = 200,000.
        // Final: sales reset to 0, holdings share 0.25 -> 200,000 / 0.25 = 800,000;
        // 0.33 x 800,000 + 0.66 x 200,000 = 396,000 -> 2 significant digits = 400,000.
        var estimator = new CapacityEstimator(Day, Day.AddDays(3));
        estimator.OnFill("X", Day.AddHours(16), 10, 100);
        estimator.OnBar("X", Day.AddHours(16), 10, 1_000_000, TimeSpan.FromDays(1));
        estimator.EndTimeStep(Day.AddHours(16), 1000, _ => 500);
        Assert.Null(estimator.EstimatedCapacity);

        estimator.EndTimeStep(Day.AddDays(2).AddHours(16), 1000, _ => 500);
        Assert.Equal(200_000m, estimator.EstimatedCapacity);

        estimator.EndTimeStep(Day.AddDays(3).AddHours(16), 2000, _ => 500, final: true);
        Assert.Equal(400_000m, estimator.EstimatedCapacity);
    }

    [Fact]
    public void EndTimeStep_ThreeDayRunEndingAtLastTick_FirstSnapshotOnThirdDate()
    {
        // LEAN's EndDate for SetEndDate(03-03) is 03-03 23:59:59.9999999: 2.9999999 days - 1 -> period 1.9999999 days,
        // next snapshot 03-02 23:59:59.9999999, so the 03-02 steps do not snapshot and the first 03-03 step does.
        // Snapshot on 03-03: 100 x 1,000,000 x 0.05 (Hour) / 1 trade / sales share 1 = 5,000,000.
        var end = Day.AddDays(3).AddTicks(-1);
        var estimator = new CapacityEstimator(Day, end);
        estimator.OnFill("X", Day.AddDays(1).AddHours(15), 100, 10);
        estimator.OnBar("X", Day.AddDays(1).AddHours(15), 100, 1_000_000, TimeSpan.FromHours(1));
        estimator.EndTimeStep(Day.AddDays(1).AddHours(15), 100000, _ => 1000);
        estimator.EndTimeStep(Day.AddDays(1).AddHours(21), 100000, _ => 1000);
        Assert.Null(estimator.EstimatedCapacity);

        estimator.EndTimeStep(Day.AddDays(2).AddHours(15), 100000, _ => 1000);
        Assert.Equal(5_000_000m, estimator.EstimatedCapacity);
    }

    [Fact]
    public void EndTimeStep_BasicTemplateDaily_MatchesLeanCapacity()
    {
        var lean = SharedData.LeanDataFolder;
        if (lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        // CASES.md case 1: 697 SPY bought by MOO, filled with the 2013-10-09 daily bar; factor 0.8646266; LEAN
        // works in UTC (New York + 4 h in October 2013); adjusted volume = raw volume / factor, rounded.
        const decimal factor = 0.8646266m;
        var daily = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "daily", "spy.zip"));
        var hour = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "hour", "spy.zip"));
        var fillPrice = daily[new DateTime(2013, 10, 9)][0] * 0.0001m * factor;
        var cash = 100000m - 697 * fillPrice - 3.485m;
        var estimator = new CapacityEstimator(new DateTime(2013, 10, 8), new DateTime(2013, 10, 17, 23, 59, 59));
        var held = 0m;
        var lastStep = DateTime.MinValue;
        foreach (var barStart in hour.Keys.Where(k => k >= new DateTime(2013, 10, 8) && k < new DateTime(2013, 10, 18)))
        {
            var step = barStart.AddHours(1);
            var utc = step.AddHours(4);
            if (step.Hour == 16 && daily.TryGetValue(step.Date, out var bar))
            {
                if (step.Date == new DateTime(2013, 10, 9))
                {
                    estimator.OnFill("SPY R735QTJ8XC9X", utc, (double)fillPrice, 697);
                }

                var close = bar[3] * 0.0001m * factor;
                held = step.Date >= new DateTime(2013, 10, 9) ? 697 * close : 0;
                estimator.OnBar("SPY R735QTJ8XC9X", utc, (double)close, (double)Math.Round(bar[4] / factor), StrictDaily);
            }

            var value = (double)held;
            estimator.EndTimeStep(utc, (double)(held == 0 ? 100000m : cash + held), _ => value);
            lastStep = utc;
        }

        estimator.EndTimeStep(lastStep, (double)(cash + held), _ => (double)held, final: true);

        Assert.Equal("$1200000000.00", StatisticsFormatter.Capacity(estimator.EstimatedCapacity));
        Assert.Equal("SPY R735QTJ8XC9X", estimator.LowestCapacityAsset);
    }
}
