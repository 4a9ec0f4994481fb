using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Backtest.Data.Errors;
using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests;

public sealed class TearSheetTests
{
    private static readonly ResultFixture Fixture = new(new DateOnly(2019, 1, 2), 800, seed: 7, withPlots: true);

    private static IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    private static string Cell(IHtmlDocument doc, string metric, string column) =>
        doc.QuerySelector($"#metrics-table tr[data-metric='{metric}'] td.{column}")?.TextContent ?? "(missing)";

    [Fact]
    public void Write_Fixture_HasEverySectionAndChart()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, Fixture));
        string[] sections = ["metrics", "cumulative", "drawdown", "allocation", "signals", "monthly", "annual", "rolling", "distribution", "named-periods", "lean-statistics", "trades", "orders"];
        Assert.All(sections, id => Assert.NotNull(doc.QuerySelector("section#" + id)));
        string[] charts = ["cumulative", "drawdown", "allocation", "annual", "rolling-sharpe", "rolling-volatility", "rolling-beta", "histogram"];
        Assert.All(charts, c => Assert.NotNull(doc.QuerySelector($"[data-chart='{c}']")));
        Assert.Equal(5, doc.QuerySelectorAll("#drawdown-table tbody tr").Length);
        Assert.Equal(Fixture.Orders().Count, doc.QuerySelectorAll("#orders-table tbody tr").Length);
        Assert.NotNull(doc.QuerySelector("#tearsheet-data"));
    }

    [Fact]
    public void Write_Fixture_HeaderAndJsonFiguresDisplayed()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, Fixture));
        Assert.Equal("FixtureRotation", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("SYNTHETIC DATA", doc.QuerySelector("#synthetic-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("abc123fingerprint", doc.QuerySelector("#fact-fingerprint")!.TextContent);
        Assert.Equal("feedface0123", doc.QuerySelector("#fact-order-hash")!.TextContent);
        Assert.Contains("Lookback = 63", doc.QuerySelector("#fact-parameters")!.TextContent, StringComparison.Ordinal);
        // End equity as written in the fixture's result.json, formatted as dollars.
        Assert.Contains("$" + Fixture.Equity[^1].ToString("N2", CultureInfo.InvariantCulture), doc.QuerySelector("#fact-capital")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.500", Cell(doc, "sharpe", "strategy"));
        Assert.Equal("0.321", Cell(doc, "sharpe", "lean"));
        Assert.Equal("-25.00%", Cell(doc, "max-drawdown", "strategy"));
        Assert.Equal("0.321", doc.QuerySelector("#lean-table tr[data-statistic='Sharpe Ratio'] td")!.TextContent);
        Assert.NotNull(doc.QuerySelector("#metrics-table tr[data-metric='sharpe']")!.GetAttribute("title"));
    }

    [Fact]
    public void Write_Fixture_BenchmarkMetricsMatchIndependentComputation()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, Fixture));
        var b = Fixture.Benchmark;
        var years = (Fixture.Dates[^1].DayNumber - Fixture.Dates[0].DayNumber) / 365.25;
        var cagr = Math.Pow(b[^1] / b[0], 1 / years) - 1;
        Assert.Equal(Pct(cagr), Cell(doc, "cagr", "benchmark"));
        Assert.Equal(Pct(b[^1] / b[0] - 1), Cell(doc, "total-return", "benchmark"));
        var returns = Enumerable.Range(1, b.Length - 1).Select(i => b[i] / b[i - 1] - 1).ToArray();
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        Assert.Equal(Pct(sd * Math.Sqrt(252)), Cell(doc, "volatility", "benchmark"));
        var peak = double.MinValue;
        var maxDd = 0.0;
        foreach (var v in b)
        {
            peak = Math.Max(peak, v);
            maxDd = Math.Min(maxDd, v / peak - 1);
        }

        Assert.Equal(Pct(maxDd), Cell(doc, "max-drawdown", "benchmark"));
    }

    [Fact]
    public void Write_Fixture_MonthlyAndNamedPeriodReturnsMatchIndependentComputation()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, Fixture));
        // March 2019: last close of February to last close of March (compounded daily returns telescope).
        var endFeb = Array.FindLastIndex(Fixture.Dates, d => d < new DateOnly(2019, 3, 1));
        var endMar = Array.FindLastIndex(Fixture.Dates, d => d < new DateOnly(2019, 4, 1));
        var march = Fixture.Equity[endMar] / Fixture.Equity[endFeb] - 1;
        Assert.Equal(Pct(march, 1), doc.QuerySelector("#monthly-table td[data-month='2019-03']")!.TextContent);
        // 2020 crash, 2020-02-19 .. 2020-03-23, closes on those dates.
        var from = Array.IndexOf(Fixture.Dates, new DateOnly(2020, 2, 19));
        var to = Array.IndexOf(Fixture.Dates, new DateOnly(2020, 3, 23));
        var row = doc.QuerySelectorAll("#named-periods-table tbody tr").Single(r => r.Children[0].TextContent == "2020 crash");
        Assert.Equal(Pct(Fixture.Equity[to] / Fixture.Equity[from] - 1), row.Children[3].TextContent);
        Assert.Equal(Pct(Fixture.Benchmark[to] / Fixture.Benchmark[from] - 1), row.Children[4].TextContent);
    }

    [Fact]
    public void Write_Fixture_TimeInSymbolFromAllocationPlot()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, Fixture));
        // The fixture's weights are never zero after the first weekly point (day 0), so every day holds both.
        Assert.Equal("100.0%", Cell(doc, "time-in-IWM", "strategy"));
    }

    [Fact]
    public void Write_SameInput_ByteIdenticalOutput()
    {
        using var temp = new TempFolder();
        var first = File.ReadAllBytes(TearSheetFixture.Write(temp, Fixture, "a"));
        var second = File.ReadAllBytes(TearSheetFixture.Write(temp, Fixture, "b"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_TwentyFiveYearsOfDailyData_UnderThreeMegabytesAndNoExternalReferences()
    {
        using var temp = new TempFolder();
        var path = TearSheetFixture.Write(temp, new ResultFixture(new DateOnly(2001, 1, 2), 6300, seed: 3, withPlots: true));
        Assert.InRange(new FileInfo(path).Length, 1, 3_000_000);
        var doc = Parse(path);
        Assert.Empty(doc.QuerySelectorAll("[src], link[href]"));
    }

    [Fact]
    public void Write_RealDataRun_NoBanner()
    {
        using var temp = new TempFolder();
        var doc = Parse(TearSheetFixture.Write(temp, new ResultFixture(new DateOnly(2019, 1, 2), 300, seed: 1, withPlots: false) { Synthetic = false }));
        Assert.Null(doc.QuerySelector("#synthetic-banner"));
        Assert.NotNull(doc.QuerySelector("#metrics-table tr[data-metric='time-in-QQQ']"));
    }

    [Fact]
    public void Write_MissingECharts_FailsNamingNpmCommand()
    {
        using var temp = new TempFolder();
        var folder = Fixture.WriteTo(temp.File("run"));
        var e = Assert.Throws<FileNotFoundException>(() => TearSheet.Write(folder, temp.File("x.html"), temp.File("absent.js")));
        Assert.Contains("npm ci", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingResult_ThrowsDataException()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var e = Assert.Throws<DataException>(() => TearSheet.Write(temp.Path, temp.File("x.html"), TearSheetFixture.EChartsPath));
        Assert.Contains("result.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteComparison_TwoRuns_MetricsSideBySide()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var a = Fixture.WriteTo(temp.File("a"));
        var b = new ResultFixture(new DateOnly(2019, 1, 2), 800, seed: 8, withPlots: false) { Sharpe = 0.9 }.WriteTo(temp.File("b"));
        var html = temp.File("compare.html");
        TearSheet.WriteComparison([a, b], html, TearSheetFixture.EChartsPath);
        var doc = Parse(html);
        var cells = doc.QuerySelectorAll("#metrics-table tr[data-metric='sharpe'] td.run").Select(c => c.TextContent).ToArray();
        Assert.Equal(["0.500", "0.900"], cells);
        Assert.NotNull(doc.QuerySelector("[data-chart='compare-cumulative']"));
    }

    private static string Pct(double fraction, int decimals = 2) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}
