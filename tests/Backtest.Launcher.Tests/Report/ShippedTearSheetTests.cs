using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Backtest.Launcher.Cli;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Report;

/// <summary>
/// The tear sheet that <c>backtest run</c> writes after every run, for every shipped algorithm, on the embedded
/// synthetic sample and on the real market data beside the repository: every section present, the figures equal
/// to the run's result.json (recomputed here where they are derived), modest size, and a real headless Chromium
/// that draws every chart offline without a console error.
/// </summary>
public sealed class ShippedTearSheetTests : IDisposable
{
    private const long MaxBytes = 3L * 1024 * 1024;

    private static readonly string[] Sections =
        ["metrics", "cumulative", "drawdown", "allocation", "signals", "monthly", "annual", "rolling", "distribution", "named-periods", "lean-statistics", "trades", "orders"];

    private static readonly string[] CoreCharts =
        ["cumulative", "drawdown", "allocation", "annual", "rolling-sharpe", "rolling-volatility", "rolling-beta", "histogram"];

    private readonly TempFolder temp = new();

    public static TheoryData<string> Shipped => new(AlgorithmCatalog.Names);

    public void Dispose() => temp.Dispose();

    [Theory]
    [MemberData(nameof(Shipped))]
    public async Task Run_SampleData_WritesACheckedTearSheet(string algorithm)
    {
        var sample = RepoPaths.PathOf("Data", "sample");
        var folder = RunOnce(algorithm, $$"""{ "algorithm-type-name": "{{algorithm}}", "data-folder": {{Json(sample)}}, "results-destination-folder": "out" }""");
        await CheckTearSheet(folder, "sample-" + algorithm);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public async Task Run_MarketData_WritesACheckedTearSheet(string algorithm)
    {
        var market = SharedData.MarketDataFolder;
        if (market is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var rates = Path.Combine(market, "rates");
        var folder = RunOnce(algorithm, $$"""
            { "algorithm-type-name": "{{algorithm}}", "data-folder": {{Json(Path.Combine(market, "daily"))}}, "data-source": "csv",
              "results-destination-folder": "out",
              "rates": { "DFF": {{Json(Path.Combine(rates, "DFF.csv"))}}, "DGS2": {{Json(Path.Combine(rates, "DGS2.csv"))}} } }
            """);
        await CheckTearSheet(folder, "market-" + algorithm);
    }

    private string RunOnce(string algorithm, string config)
    {
        temp.Write("config.json", config);
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());
        var code = launcher.Invoke("run", "--config", temp.File("config.json"));
        Assert.True(code == 0, $"{algorithm} exited {code}: {launcher.Error}");
        return Assert.Single(Directory.GetDirectories(temp.File("out")));
    }

    private static async Task CheckTearSheet(string folder, string name)
    {
        var html = Path.Combine(folder, ReportCommandFactory.TearSheetFileName);
        Assert.True(File.Exists(html), "no tear sheet was written after the run");
        Assert.InRange(new FileInfo(html).Length, 100_000, MaxBytes);
        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "result.json")));
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(html));

        CheckStructure(doc, result.RootElement);
        CheckFiguresAgainstResult(doc, result.RootElement);

        // The page draws one chart per static [data-chart] element plus one per signal panel of its embedded data.
        using var embedded = JsonDocument.Parse(doc.QuerySelector("#tearsheet-data")!.TextContent);
        var panels = embedded.RootElement.GetProperty("panels").GetArrayLength();
        if (result.RootElement.GetProperty("algorithm").GetString()!.EndsWith("Rotation", StringComparison.Ordinal))
        {
            Assert.True(panels > 0, "a rotation strategy's tear sheet shows its signal panels");
        }

        var expectedCharts = doc.QuerySelectorAll("[data-chart]").Length + panels;
        var shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "tearsheet-" + name + ".png");
        var drawn = await ChartPageCheck.OpenAndCheck(html, shot, expectedCharts);
        Assert.Subset(drawn.ToHashSet(StringComparer.Ordinal), CoreCharts.ToHashSet(StringComparer.Ordinal));
    }

    private static void CheckStructure(IHtmlDocument doc, JsonElement result)
    {
        Assert.All(Sections, id => Assert.True(doc.QuerySelector("section#" + id) is not null, "missing section " + id));
        Assert.All(CoreCharts, c => Assert.True(doc.QuerySelector($"[data-chart='{c}']") is not null, "missing chart " + c));
        Assert.Equal(result.GetProperty("algorithm").GetString(), doc.QuerySelector("h1")!.TextContent);
        var synthetic = result.GetProperty("data").GetProperty("synthetic").GetBoolean();
        Assert.Equal(synthetic, doc.QuerySelector("#synthetic-banner") is not null);
        Assert.True(doc.QuerySelectorAll("#drawdown-table tbody tr").Length is > 0 and <= 5);
        Assert.All(doc.QuerySelectorAll("#metrics-table tr[data-metric]"), row => Assert.False(string.IsNullOrWhiteSpace(row.GetAttribute("title"))));
    }

    private static void CheckFiguresAgainstResult(IHtmlDocument doc, JsonElement result)
    {
        Assert.Equal(result.GetProperty("orderHash").GetString(), doc.QuerySelector("#fact-order-hash")!.TextContent);
        Assert.Equal(result.GetProperty("data").GetProperty("fingerprint").GetString(), doc.QuerySelector("#fact-fingerprint")!.TextContent);
        var start = result.GetProperty("startingCapital").GetDouble();
        var end = result.GetProperty("endEquity").GetDouble();
        Assert.Equal(Money(start) + " / " + Money(end), doc.QuerySelector("#fact-capital")!.TextContent);

        var statistics = result.GetProperty("statistics").EnumerateObject().ToArray();
        var rows = doc.QuerySelectorAll("#lean-table tr[data-statistic]");
        Assert.Equal(statistics.Length, rows.Length);
        foreach (var s in statistics)
        {
            Assert.Equal(s.Value.GetString(), doc.QuerySelector($"#lean-table tr[data-statistic='{s.Name}'] td")?.TextContent);
        }

        Assert.Equal(result.GetProperty("orders").GetArrayLength(), doc.QuerySelectorAll("#orders-table tbody tr").Length);
        Assert.Equal(result.GetProperty("trades").GetArrayLength(), doc.QuerySelectorAll("#trades-table tbody tr").Length);

        // Independent recomputation from the run's own daily rows [date, equity, benchmark].
        var daily = result.GetProperty("daily").EnumerateArray().Select(r => (Equity: r[1].GetDouble(), Benchmark: r[2].GetDouble())).ToArray();
        Assert.Equal(Percent(end / start - 1), Cell(doc, "total-return", "strategy"));
        Assert.Equal(Percent(daily[^1].Benchmark / daily[0].Benchmark - 1), Cell(doc, "total-return", "benchmark"));
        Assert.Equal(Percent(-MaxDrawdown(daily.Select(d => d.Equity))), Cell(doc, "max-drawdown", "strategy"));
        Assert.Equal(Percent(-MaxDrawdown(daily.Select(d => d.Benchmark))), Cell(doc, "max-drawdown", "benchmark"));
        Assert.Equal(result.GetProperty("statistics").GetProperty("Sharpe Ratio").GetString(), Cell(doc, "sharpe", "lean"));
    }

    private static double MaxDrawdown(IEnumerable<double> values)
    {
        var peak = double.MinValue;
        var worst = 0.0;
        foreach (var v in values)
        {
            peak = Math.Max(peak, v);
            worst = Math.Max(worst, 1 - (v / peak));
        }

        return worst;
    }

    private static string Cell(IHtmlDocument doc, string metric, string column) =>
        doc.QuerySelector($"#metrics-table tr[data-metric='{metric}'] td.{column}")?.TextContent ?? "(missing)";

    private static string Percent(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string Money(double value) => (value < 0 ? "-$" : "$") + Math.Abs(value).ToString("N2", CultureInfo.InvariantCulture);

    private static string Json(string path) => JsonSerializer.Serialize(path.Replace('\\', '/'));
}
