using System.Globalization;
using Backtest.Engine.Statistics;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>
/// End-to-end parity: rebuilds BasicTemplateDailyAlgorithm's sampled series from LEAN's sample data and the facts in
/// ../shared/parity/lean/CASES.md (case 1) and SEMANTICS.md F.1-F.3, then compares every summary string.
/// </summary>
public sealed partial class PortfolioStatisticsCalculatorTests
{
    // CASES.md case 1: 697 shares, factor-file row 20131219 (0.8646266) covers these dates, fee 697 x 0.005.
    private const decimal Factor = 0.8646266m;
    private const int Shares = 697;
    private const decimal Fee = 3.485m;

    [Fact]
    public void Format_BasicTemplateDaily_MatchesLeanRegressionStrings()
    {
        var lean = SharedData.LeanDataFolder;
        if (lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var daily = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "daily", "spy.zip"));
        var hour = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "hour", "spy.zip"));
        var rates = ReadRates(Path.Combine(lean, "alternative", "interest-rate", "usa", "interest-rate.csv"));
        var series = BuildDailySeries(daily, hour);

        var input = new PortfolioStatisticsInput
        {
            Performance = LeanSampleSeries.PerformanceList(100000m, series.SampleEquity),
            Benchmark = LeanSampleSeries.BenchmarkList(series.SampleBenchmark),
            EquityTimes = series.EquityTimes,
            EquityValues = series.EquityValues,
            StartingCapital = 100000m,
            RiskFreeRate = LeanSampleSeries.MeanRiskFreeRate(series.EquityTimes, d => RateOn(rates, d)),
            TurnoverSamples = series.Turnover,
        };
        var stats = PortfolioStatisticsCalculator.Compute(input);
        var summary = StatisticsFormatter.Format(stats, new StatisticsSummaryExtras(1, Fee, 1200000000.00m, "SPY R735QTJ8XC9X"));

        // Expected strings: CASES.md, case 1 (LEAN's published regression statistics).
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Total Orders"] = "1", ["Average Win"] = "0%", ["Average Loss"] = "0%",
            ["Compounding Annual Return"] = "424.375%", ["Drawdown"] = "0.800%", ["Expectancy"] = "0",
            ["Start Equity"] = "100000", ["End Equity"] = "104486.22", ["Net Profit"] = "4.486%",
            ["Sharpe Ratio"] = "17.304", ["Sortino Ratio"] = "35.217", ["Probabilistic Sharpe Ratio"] = "96.710%",
            ["Loss Rate"] = "0%", ["Win Rate"] = "0%", ["Profit-Loss Ratio"] = "0", ["Alpha"] = "-0.249",
            ["Beta"] = "1.015", ["Annual Standard Deviation"] = "0.141", ["Annual Variance"] = "0.02",
            ["Information Ratio"] = "-19", ["Tracking Error"] = "0.011", ["Treynor Ratio"] = "2.403",
            ["Total Fees"] = "$3.49", ["Estimated Strategy Capacity"] = "$1200000000.00",
            ["Lowest Capacity Asset"] = "SPY R735QTJ8XC9X", ["Portfolio Turnover"] = "10.01%", ["Drawdown Recovery"] = "1",
        };
        var mismatches = summary.Where(kv => expected[kv.Key] != kv.Value)
            .Select(kv => $"{kv.Key}: expected {expected[kv.Key]}, got {kv.Value}").ToList();
        Assert.Empty(mismatches);
        Assert.Equal(StatisticsFormatter.Keys, summary.Select(kv => kv.Key).ToList());
    }

    [Fact]
    public void Format_LiquidateRegression_BenchmarkOnlyStatisticsMatchLean()
    {
        var lean = SharedData.LeanDataFolder;
        if (lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        // CASES.md case 8: every order is canceled, equity stays 100000; 2018-01-04 .. 2018-01-10, final sample at
        // 2018-01-10 16:00. Benchmark factor: row 20180315 (0.9423337) of spy.csv covers January 2018.
        var hour = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "hour", "spy.zip"), "2018");
        var final = new DateTime(2018, 1, 10, 16, 0, 0);
        var samples = Enumerable.Range(0, 7).Select(d => new DateTime(2018, 1, 4).AddDays(d)).Append(final).ToArray();
        decimal Benchmark(DateTime t) =>
            LeanSampleSeries.SmartRound(hour.Where(kv => kv.Key.AddHours(1) <= t).Last().Value[3] * 0.0001m * 0.9423337m);
        var keys = samples.Concat(hour.Keys.Select(k => k.AddHours(1)).Where(t => t > samples[0] && t <= final))
            .Distinct().Order().ToArray();

        var stats = PortfolioStatisticsCalculator.Compute(new PortfolioStatisticsInput
        {
            Performance = LeanSampleSeries.PerformanceList(100000m, samples.Select(_ => 100000.0).ToArray()),
            Benchmark = LeanSampleSeries.BenchmarkList(samples.Select(Benchmark).ToArray()),
            EquityTimes = keys,
            EquityValues = keys.Select(_ => 100000.0).ToArray(),
            StartingCapital = 100000m,
            RiskFreeRate = 0.02, // interest-rate.csv row 2017-12-14: 2.00%; no ratio here depends on it.
            TurnoverSamples = new double[samples.Length - 1],
            EquityScale = 0,
        });
        var summary = StatisticsFormatter.Format(stats, new StatisticsSummaryExtras(6, 0m, null, ""))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        // Expected strings: CASES.md, case 8.
        Assert.Equal("-10.398", summary["Information Ratio"]);
        Assert.Equal("0.045", summary["Tracking Error"]);
        Assert.Equal("100000", summary["End Equity"]);
        Assert.Equal("0%", summary["Compounding Annual Return"]);
        Assert.Equal("0%", summary["Drawdown"]);
        Assert.Equal("0%", summary["Net Profit"]);
        Assert.Equal("0%", summary["Probabilistic Sharpe Ratio"]);
        Assert.Equal("0", summary["Sharpe Ratio"]);
        Assert.Equal("0", summary["Beta"]);
        Assert.Equal("$0.00", summary["Total Fees"]);
        Assert.Equal("$0", summary["Estimated Strategy Capacity"]);
        Assert.Equal("0%", summary["Portfolio Turnover"]);
    }

    [Fact]
    public void Format_MarketOnCloseOrder_HourlyEquityStatisticsMatchLean()
    {
        var lean = SharedData.LeanDataFolder;
        if (lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        // CASES.md case 18: SPY Hour, 2021-03-01 .. 2021-03-03; one share bought MOC at the 2021-03-02 16:00 close
        // (the 15:00 hour bar's close), $1 fee; equity follows the hourly closes afterwards. Factor row 20210318.
        const decimal factor = 0.9967360m;
        var hour = LeanZipBars.Read(Path.Combine(lean, "equity", "usa", "hour", "spy.zip"), "2021");
        var rates = ReadRates(Path.Combine(lean, "alternative", "interest-rate", "usa", "interest-rate.csv"));
        var fill = new DateTime(2021, 3, 2, 16, 0, 0);
        var final = new DateTime(2021, 3, 3, 16, 0, 0);
        decimal Close(DateTime t) => hour.Where(kv => kv.Key.AddHours(1) <= t).Last().Value[3] * 0.0001m * factor;
        var cash = 100000m - Close(fill) - 1m;
        double Tpv(DateTime t) => (double)(t < fill ? 100000m : Math.Round(cash + Close(t), 4));
        DateTime[] samples = [new(2021, 3, 1), new(2021, 3, 2), new(2021, 3, 3), final];
        var keys = samples.Concat(hour.Keys.Select(k => k.AddHours(1)).Where(t => t > samples[0] && t <= final))
            .Distinct().Order().ToArray();

        var stats = PortfolioStatisticsCalculator.Compute(new PortfolioStatisticsInput
        {
            Performance = LeanSampleSeries.PerformanceList(100000m, samples.Select(Tpv).ToArray()),
            Benchmark = LeanSampleSeries.BenchmarkList(samples.Select(t => LeanSampleSeries.SmartRound(Close(t))).ToArray()),
            EquityTimes = keys,
            EquityValues = keys.Select(Tpv).ToArray(),
            StartingCapital = 100000m,
            RiskFreeRate = LeanSampleSeries.MeanRiskFreeRate(keys, d => RateOn(rates, d)),
            TurnoverSamples = [0, (double)Close(fill) / Tpv(samples[2]), 0],
        });
        var summary = StatisticsFormatter.Format(stats, new StatisticsSummaryExtras(1, 1m, 53000000000m, "SPY R735QTJ8XC9X"))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        // Expected strings: CASES.md, case 18.
        Assert.Equal("99993.90", summary["End Equity"]);
        Assert.Equal("-0.006%", summary["Net Profit"]);
        Assert.Equal("-0.832%", summary["Compounding Annual Return"]);
        Assert.Equal("0.000%", summary["Drawdown"]);
        Assert.Equal("-22.06", summary["Sharpe Ratio"]);
        Assert.Equal("-22.06", summary["Sortino Ratio"]);
        Assert.Equal("0%", summary["Probabilistic Sharpe Ratio"]);
        Assert.Equal("-0.003", summary["Alpha"]);
        Assert.Equal("0.008", summary["Beta"]);
        Assert.Equal("0", summary["Annual Standard Deviation"]);
        Assert.Equal("15.221", summary["Information Ratio"]);
        Assert.Equal("0.061", summary["Tracking Error"]);
        Assert.Equal("-1.348", summary["Treynor Ratio"]);
        Assert.Equal("$1.00", summary["Total Fees"]);
        Assert.Equal("0.13%", summary["Portfolio Turnover"]);
        Assert.Equal("0", summary["Drawdown Recovery"]);
    }

    private sealed record DailySeries(
        double[] SampleEquity, decimal[] SampleBenchmark, DateTime[] EquityTimes, double[] EquityValues, double[] Turnover);

    private static DailySeries BuildDailySeries(SortedDictionary<DateTime, decimal[]> daily, SortedDictionary<DateTime, decimal[]> hour)
    {
        var start = new DateTime(2013, 10, 8);
        var final = new DateTime(2013, 10, 17, 16, 0, 0);
        var fillTime = new DateTime(2013, 10, 9, 16, 0, 0);
        var cash = 100000m - Shares * Adjusted(daily[new DateTime(2013, 10, 9)][0]) - Fee;

        // TPV at time t: the daily SPY bar of day D is known from D 16:00 (strict end time) and is the only price
        // the algorithm's SPY sees; the MOO fill is booked at 10-09 16:00.
        decimal Tpv(DateTime t)
        {
            if (t < fillTime)
            {
                return 100000m;
            }

            var close = daily.Where(kv => kv.Key.AddHours(16) <= t).Last().Value[3];
            return cash + Shares * Adjusted(close);
        }

        // Benchmark: the last internal hour bar emitted at or before t (hour rows are bar starts; emitted +1h).
        decimal Benchmark(DateTime t) =>
            LeanSampleSeries.SmartRound(Adjusted(hour.Where(kv => kv.Key.AddHours(1) <= t).Last().Value[3]));

        var samples = new List<DateTime>();
        for (var d = start; d <= final; d = d.AddDays(1))
        {
            samples.Add(d);
        }

        samples.Add(final);
        var equity = new SortedDictionary<DateTime, decimal>();
        foreach (var d in samples)
        {
            equity[d] = Math.Round(Tpv(d), 4);
        }

        // F.1: intraday equity samples on every hourly step (resample period 4 minutes < 1 hour).
        foreach (var barStart in hour.Keys.Where(k => k >= start && k.AddHours(1) <= final))
        {
            equity[barStart.AddHours(1)] = Math.Round(Tpv(barStart.AddHours(1)), 4);
        }

        // F.6: turnover at each daily sample after the start; the sale volume appears once, at the first sample after the fill.
        var saleVolume = Shares * Adjusted(daily[new DateTime(2013, 10, 9)][0]);
        var turnover = samples.Skip(1)
            .Select(t => (double)((t > fillTime && t - fillTime <= TimeSpan.FromHours(8) ? saleVolume : 0m) / Tpv(t)))
            .ToArray();

        return new DailySeries(
            samples.Select(t => (double)Tpv(t)).ToArray(),
            samples.Select(Benchmark).ToArray(),
            equity.Keys.ToArray(),
            equity.Values.Select(v => (double)v).ToArray(),
            turnover);
    }

    private static decimal Adjusted(decimal deciCents) => deciCents * 0.0001m * Factor;

    private static SortedDictionary<DateTime, double> ReadRates(string csvPath)
    {
        var rates = new SortedDictionary<DateTime, double>();
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var parts = line.Split(',');
            rates[DateTime.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] =
                double.Parse(parts[1], CultureInfo.InvariantCulture) / 100;
        }

        return rates;
    }

    // F.3: forward-filled; dates before the first row use the first value.
    private static double RateOn(SortedDictionary<DateTime, double> rates, DateTime date) =>
        rates.Where(kv => kv.Key <= date).Select(kv => kv.Value).DefaultIfEmpty(rates.First().Value).Last();
}
