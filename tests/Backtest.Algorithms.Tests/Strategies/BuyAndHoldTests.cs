using Backtest.Algorithms.Baselines;
using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Loading;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Strategies;

public sealed class BuyAndHoldTests
{
    [Fact]
    public void Run_SpyFrom2001_MatchesTheAdjustedPriceRatioNetOfFeesWithinATenthOfAPercent()
    {
        var folder = SharedData.PathOf("data", "market", "daily");
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var calendar = UsEquityCalendarRules.Build(1999, 2027);
        var frame = FrameLoader.FromCsvFolder(folder, ["SPY"], new DateOnly(2001, 1, 2), new DateOnly(2026, 6, 12), calendar);
        var data = new DataSet(calendar, frame, null, _ => 0, new Dictionary<string, RateSeries>());

        var (result, _) = StrategyRun.On(data, new BuyAndHold(), new Dictionary<string, string> { ["CashBufferPercent"] = "0", ["FractionalShares"] = "true" });

        // Independent: LEAN sizes at the decision close (2001-01-02, adjusted) and fills at the next open; the rest
        // of the cash (positive or negative) stays as cash. The holding then earns the adjusted-close ratio to
        // 2026-06-12. IB fee: 0.005 per share, at least 1, at most 0.5% of value.
        var spy = CsvBarReader.Read(Path.Combine(folder, "SPY.csv"));
        var decide = Array.IndexOf(spy.Dates, new DateOnly(2001, 1, 2));
        var last = Array.IndexOf(spy.Dates, new DateOnly(2026, 6, 12));
        var shares = 100_000 / spy.Close[decide];
        var fee = Math.Max(0.005 * shares, 1.0);
        shares = (100_000 - fee) / spy.Close[decide];
        var expected = 100_000 - fee + (shares * (spy.Close[last] - spy.Open[decide + 1]));
        Assert.Equal(1.0, result.EndEquity / expected, 0.001);
    }
}
