using Backtest.Data.Model;
using Backtest.Data.Synthetic;

namespace Backtest.Data.Tests.Synthetic;

/// <summary>
/// Checks the generated market with statistics computed here, independently of the generator: returns are rebuilt
/// from raw closes and the factor rows with LEAN's lookup rule (smallest row date on or after the bar date).
/// </summary>
public sealed class SyntheticMarketGeneratorTests
{
    private static readonly Lazy<SyntheticMarket> Market = new(() => SyntheticMarketGenerator.Generate(new SyntheticMarketOptions()));

    [Theory]
    [InlineData("SPY", 2000, 1, 3)]
    [InlineData("AAPL", 2000, 1, 3)]
    [InlineData("IWM", 2000, 5, 26)]
    [InlineData("IJR", 2000, 5, 26)]
    [InlineData("GOOGL", 2004, 8, 19)]
    [InlineData("TSLA", 2010, 6, 29)]
    [InlineData("META", 2012, 5, 18)]
    public void Generate_Listing_FirstBarOnListingDateAndEveryTradingDayAfter(string ticker, int y, int m, int d)
    {
        var s = Series(ticker);
        var listing = new DateOnly(y, m, d);
        var expected = Market.Value.TradingDays.Where(t => t >= listing).ToList();
        Assert.Equal(expected, s.Bars.Select(b => DateOnly.FromDateTime(b.Time)).ToList());
    }

    [Theory]
    [InlineData("AAPL", 2014, 6, 9, 7.0)]
    [InlineData("AAPL", 2020, 8, 31, 4.0)]
    [InlineData("NVDA", 2021, 7, 20, 4.0)]
    [InlineData("NVDA", 2024, 6, 10, 10.0)]
    [InlineData("NVDA", 2007, 9, 11, 1.5)]
    [InlineData("TSLA", 2020, 8, 31, 5.0)]
    [InlineData("TSLA", 2022, 8, 25, 3.0)]
    [InlineData("AMZN", 2022, 6, 6, 20.0)]
    [InlineData("GOOGL", 2022, 7, 18, 20.0)]
    public void Generate_Split_RawGapsButAdjustedSeriesHasNoJump(string ticker, int y, int m, int d, double ratio)
    {
        var s = Series(ticker);
        var date = new DateOnly(y, m, d);
        Assert.Contains((date, ratio), s.Splits);
        var i = IndexOf(s, date);
        var raw = s.Bars[i].Open / s.Bars[i - 1].Close;
        Assert.InRange(raw, 0.7 / ratio, 1.3 / ratio); // the raw open gaps down by about the ratio
        var adjusted = Adjusted(s, i) / Adjusted(s, i - 1);
        Assert.InRange(adjusted, 0.75, 1.33); // an ordinary day's move, not a 1/ratio gap
    }

    [Theory]
    [InlineData("SPY")]
    [InlineData("QQQ")]
    [InlineData("IWM")]
    [InlineData("IJR")]
    [InlineData("AAPL")]
    [InlineData("MSFT")]
    public void Generate_Dividends_QuarterlyAndRecoverableFromFactorRows(string ticker)
    {
        var s = Series(ticker);
        var years = (s.Bars[^1].Time - s.Dividends[0].ExDate.ToDateTime(TimeOnly.MinValue)).TotalDays / 365.25;
        Assert.InRange(s.Dividends.Count / years, 3.8, 4.2);
        var rows = s.FactorRows;
        foreach (var (exDate, amount) in s.Dividends)
        {
            // SEMANTICS.md E: the row sits on the day before the ex-date; distribution = round(ref - ref x pf(R)/pf(next), 2).
            var r = rows.Select((row, k) => (row, k)).Single(p => p.row.Date == DateOnly.FromDateTime(s.Bars[IndexOf(s, exDate) - 1].Time));
            var next = rows[r.k + 1];
            var recovered = Math.Round(r.row.ReferencePrice - (r.row.ReferencePrice * r.row.PriceFactor / next.PriceFactor), 2);
            Assert.Equal(amount, recovered, 6);
        }

        var lastYear = s.Dividends.Where(p => p.ExDate.Year == 2025).Sum(p => p.Amount) / s.Bars[^1].Close;
        Assert.InRange(lastYear, 0.004, 0.025);
    }

    [Fact]
    public void Generate_IjrBefore2005_CloseOnlyBarsThenFullBars()
    {
        var s = Series("IJR");
        Assert.All(s.Bars.Where(b => b.Time < new DateTime(2005, 1, 3)), b => Assert.True(b.Open == b.Close && b.High == b.Close && b.Low == b.Close));
        var full = s.Bars.Where(b => b.Time >= new DateTime(2005, 1, 3)).ToList();
        Assert.True(full.Count(b => b.High > b.Low) > full.Count * 0.9);
    }

    [Fact]
    public void Generate_Bars_ConsistentOhlcInWholeCents()
    {
        foreach (var s in Market.Value.Series)
        {
            Assert.All(s.Bars, b =>
            {
                Assert.True(b.Low <= Math.Min(b.Open, b.Close) && b.High >= Math.Max(b.Open, b.Close) && b.Low > 0, $"{s.Ticker} {b.Time:yyyy-MM-dd}");
                Assert.Equal(Math.Round(b.Close, 2), b.Close, 9);
                Assert.True(b.Volume > 0);
            });
        }
    }

    [Theory]
    [InlineData("SPY", 0.14, 0.24)] // long-run realised SPY volatility is ~18-20%
    [InlineData("IWM", 0.19, 0.30)] // ~23-25%
    [InlineData("QQQ", 0.18, 0.32)]
    [InlineData("AAPL", 0.25, 0.50)]
    [InlineData("TSLA", 0.35, 0.70)]
    public void Generate_AdjustedReturns_RealisticAnnualVolatility(string ticker, double min, double max)
    {
        var r = Returns(Series(ticker)).Values.ToArray();
        var mean = r.Average();
        var vol = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / (r.Length - 1) * 252.0);
        Assert.InRange(vol, min, max);
    }

    [Theory]
    [InlineData("IWM", "SPY", 0.78, 0.92)] // 2000-2025 daily correlation of the real ETFs is about 0.85
    [InlineData("AAPL", "QQQ", 0.45, 0.80)]
    [InlineData("MSFT", "QQQ", 0.45, 0.80)]
    [InlineData("NVDA", "QQQ", 0.40, 0.75)]
    [InlineData("IJR", "IWM", 0.90, 0.995)]
    public void Generate_AdjustedReturns_RealisticCorrelation(string a, string b, double min, double max)
    {
        var ra = Returns(Series(a));
        var rb = Returns(Series(b));
        var keys = ra.Keys.Where(rb.ContainsKey).ToList();
        var x = keys.Select(k => ra[k]).ToArray();
        var y = keys.Select(k => rb[k]).ToArray();
        double mx = x.Average(), my = y.Average();
        var cov = x.Zip(y, (p, q) => (p - mx) * (q - my)).Sum();
        var corr = cov / Math.Sqrt(x.Sum(p => (p - mx) * (p - mx)) * y.Sum(q => (q - my) * (q - my)));
        Assert.InRange(corr, min, max);
    }

    [Fact]
    public void Generate_Rates_TwoYearBelowFedFundsBeforeCuttingCycles()
    {
        var m = Market.Value;
        var dff = m.FedFunds.ToDictionary(p => p.Date, p => p.Percent);
        Assert.Equal((m.FedFunds[^1].Date.DayNumber - m.FedFunds[0].Date.DayNumber) + 1, m.FedFunds.Count); // every calendar day
        foreach (var before in new DateOnly[] { new(2000, 11, 15), new(2007, 7, 16), new(2019, 5, 15), new(2024, 6, 14) })
        {
            var window = m.TwoYear.Where(p => p.Percent is not null && p.Date > before.AddDays(-30) && p.Date <= before).ToList();
            Assert.All(window, p => Assert.True(p.Percent < dff[p.Date], $"DGS2 {p.Percent} >= DFF {dff[p.Date]} on {p.Date}"));
        }

        Assert.Contains(m.TwoYear, p => p.Percent is null && p.Date == new DateOnly(2025, 12, 25));
        Assert.InRange(m.PolicyChanges[^1].Percent, 3.4, 3.8);
    }

    [Theory]
    [InlineData(1, "IWM", "QQQ", "2024-07-09", "2024-07-31", 0.04)] // July 2024 rotation: small caps up, tech down
    [InlineData(2, "SPY", "QQQ", "2000-03-24", "2002-10-09", 0.15)] // tech bust: QQQ falls much more than SPY
    [InlineData(3, "IWM", "SPY", "2020-10-30", "2021-03-15", 0.05)] // early recovery: small caps lead
    [InlineData(4, "QQQ", "IWM", "2023-01-03", "2023-12-29", 0.10)] // AI boom year: tech leads small caps
    public void Generate_StoryWindows_LeaderBeatsLaggardForAnySeed(long seed, string leader, string laggard, string from, string to, double margin)
    {
        var market = seed == 1 ? Market.Value : SyntheticMarketGenerator.Generate(new SyntheticMarketOptions { Seed = seed });
        double Growth(string t)
        {
            var s = market.Series.Single(x => x.Ticker == t);
            return Adjusted(s, IndexOf(s, DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)))
                / Adjusted(s, IndexOf(s, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.True(Growth(leader) - Growth(laggard) > margin, $"{leader} {Growth(leader):F3} vs {laggard} {Growth(laggard):F3}");
    }

    [Fact]
    public void Generate_SameOptions_SameNumbers()
    {
        var options = new SyntheticMarketOptions { Seed = 99, FirstDate = new(2019, 1, 2), LastDate = new(2020, 12, 31), Symbols = ["TSLA", "SPY"] };
        var a = SyntheticMarketGenerator.Generate(options);
        var b = SyntheticMarketGenerator.Generate(options);
        Assert.Equal(["SPY", "TSLA"], a.Series.Select(s => s.Ticker));
        Assert.Equal(a.Series[1].Bars, b.Series[1].Bars);
    }

    private static SyntheticSeries Series(string ticker) => Market.Value.Series.Single(s => s.Ticker == ticker);

    private static int IndexOf(SyntheticSeries s, DateOnly date)
    {
        for (var i = 0; i < s.Bars.Count; i++)
        {
            if (DateOnly.FromDateTime(s.Bars[i].Time) == date)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{s.Ticker} has no bar on {date:yyyy-MM-dd}.");
    }

    private static double Adjusted(SyntheticSeries s, int i)
    {
        var date = DateOnly.FromDateTime(s.Bars[i].Time);
        var row = s.FactorRows.First(r => r.Date >= date);
        return s.Bars[i].Close * row.PriceFactor * row.SplitFactor;
    }

    private static Dictionary<DateOnly, double> Returns(SyntheticSeries s)
    {
        var result = new Dictionary<DateOnly, double>();
        for (var i = 1; i < s.Bars.Count; i++)
        {
            result[DateOnly.FromDateTime(s.Bars[i].Time)] = Math.Log(Adjusted(s, i) / Adjusted(s, i - 1));
        }

        return result;
    }
}
