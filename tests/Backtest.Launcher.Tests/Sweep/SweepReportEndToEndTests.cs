using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Sweep;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Store;
using Backtest.Testing;
using Microsoft.Data.Sqlite;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary>
/// <c>backtest sweep</c> on the embedded sample data writes report.html; its figures are checked against the SQLite
/// store read directly with SQL, and its top-trial links against the files on disk.
/// </summary>
public sealed class SweepReportEndToEndTests : IDisposable
{
    private const string Grid = """[ { "name": "Threshold", "min": 3, "max": 5, "step": 1 }, { "name": "HoldingDays", "min": 0, "max": 10, "step": 10 } ]""";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sweep_TwoParameterGrid_ReportTableMatchesTheStoreInRankOrder()
    {
        var folder = RunSweep("--tear-sheets", "2");
        var doc = Report(folder);
        var stored = StoredTrials(folder);

        var rows = doc.QuerySelectorAll("#trials-table tbody tr").ToArray();
        Assert.Equal(6, stored.Count);
        // Independent ranking: no constraints, so every finished trial by stored Sharpe, higher first, ties to the lower number.
        var expected = stored.OrderByDescending(t => decimal.Parse(t.Statistics["Sharpe Ratio"], CultureInfo.InvariantCulture)).ThenBy(t => t.Number).ToArray();
        Assert.Equal(expected.Select(t => t.Number.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r.GetAttribute("data-trial")));
        foreach (var (row, trial) in rows.Zip(expected))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
            Assert.Equal([trial.Parameters["Threshold"], trial.Parameters["HoldingDays"]], cells[2..4]);
            Assert.Equal(trial.Statistics["Sharpe Ratio"], row.QuerySelector("td.target")!.TextContent);
            Assert.Equal(trial.Statistics["Compounding Annual Return"], row.QuerySelectorAll("td.statistic")[0].TextContent);
            Assert.Equal(trial.Statistics["Drawdown"], row.QuerySelectorAll("td.statistic")[1].TextContent);
            Assert.Equal("accepted", row.QuerySelector("td.status")!.TextContent);
        }

        string[] sections = ["best", "trials", "heatmaps", "sensitivity", "sharpe", "equity"];
        Assert.All(sections, id => Assert.NotNull(doc.QuerySelector("section#" + id)));
        Assert.NotNull(doc.QuerySelector("[data-chart='heatmap-0']"));
    }

    [Fact]
    public void Sweep_TwoParameterGrid_BestPanelMatchesTheStoreAndDiagnostics()
    {
        var folder = RunSweep("--tear-sheets", "0");
        var doc = Report(folder);
        var stored = StoredTrials(folder);

        var best = stored.OrderByDescending(t => decimal.Parse(t.Statistics["Sharpe Ratio"], CultureInfo.InvariantCulture)).ThenBy(t => t.Number).First();
        Assert.Equal(best.Number.ToString(CultureInfo.InvariantCulture), Value(doc, "best-trial"));
        Assert.Equal(best.Statistics["Sharpe Ratio"], Value(doc, "best-target"));
        Assert.Equal("6", Value(doc, "diag-trials"));
        // The diagnostics classes over the store's own rows, opened with the identity the store file records.
        var identity = StoredIdentity(folder);
        using var store = SqliteTrialStore.Open(Path.Combine(folder, SweepFolder.StoreFileName), identity);
        var plan = SweepPlanBuilder.Build(Backtest.Launcher.Config.ConfigLoader.Load(new() { ConfigPath = temp.File("config.json") }, temp.Path).Optimization,
            typeof(Backtest.Algorithms.Strategies.StreakRotation), System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty);
        var d = SweepDiagnostics.Compute(store.ReadAll(), plan.Space, plan.Objective);
        Assert.Equal(d.DeflatedSharpe!.Probability.ToString("F3", CultureInfo.InvariantCulture), Value(doc, "diag-dsr"));
        Assert.Equal(d.Overfitting!.Probability.ToString("F3", CultureInfo.InvariantCulture), Value(doc, "diag-pbo"));
        Assert.Equal(d.EdgeParameters.Count == 0 ? "no" : "YES: " + string.Join(", ", d.EdgeParameters), Value(doc, "diag-edge"));
        Assert.Equal("n/a", Value(doc, "diag-degradation"));
        Assert.Empty(doc.QuerySelectorAll("#trials-table td.tearsheet a"));
    }

    [Fact]
    public void Sweep_TopTwoTearSheets_LinksResolveToTearSheetsOfThoseTrials()
    {
        var folder = RunSweep("--tear-sheets", "2");
        var doc = Report(folder);

        var rows = doc.QuerySelectorAll("#trials-table tbody tr").ToArray();
        var links = rows.Select(r => r.QuerySelector("td.tearsheet a")?.GetAttribute("href")).ToArray();
        Assert.All(links[..2], Assert.NotNull);
        Assert.All(links[2..], Assert.Null);
        foreach (var (row, link) in rows.Zip(links).Take(2))
        {
            var sheet = Path.Combine(folder, link!);
            Assert.True(File.Exists(sheet), sheet);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(sheet));
            var threshold = row.QuerySelectorAll("td.parameter")[0].TextContent;
            var holding = row.QuerySelectorAll("td.parameter")[1].TextContent;
            Assert.Contains("Threshold = " + threshold, page.QuerySelector("#fact-parameters")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("HoldingDays = " + holding, page.QuerySelector("#fact-parameters")!.TextContent, StringComparison.Ordinal);
            // The re-run reproduces the stored trial: same Sharpe in its result.json as in the table.
            using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(sheet)!, "result.json")));
            Assert.Equal(row.QuerySelector("td.target")!.TextContent, result.RootElement.GetProperty("statistics").GetProperty("Sharpe Ratio").GetString());
        }

        Assert.Equal(links[0], doc.QuerySelector("#best-tearsheet a")!.GetAttribute("href"));
    }

    [Fact]
    public void Sweep_ReportOnly_RebuildsTheReportFromTheStoreWithoutRunningTrials()
    {
        var folder = RunSweep("--tear-sheets", "1");
        var report = Path.Combine(folder, "report.html");
        var first = File.ReadAllBytes(report);
        File.Delete(report);

        var launcher = Launcher();
        Assert.Equal(0, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--tear-sheets", "1", "--report-only"));

        Assert.DoesNotContain("executed", launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Report: " + report, launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(report));
    }

    [Fact]
    public void Sweep_ReportOnlyWithoutAStore_ExitsTwoAndCreatesNothing()
    {
        WriteConfig();
        var launcher = Launcher();

        Assert.Equal(2, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--report-only"));
        Assert.Contains("--report-only", launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Sweep_RandomSearchFromConfig_RunsTheSampledTrialsAndReportsThem()
    {
        WriteConfig("\"random\", \"optimization-strategy-settings\": { \"samples\": 3, \"seed\": 11 }");
        var launcher = Launcher();

        Assert.Equal(0, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--tear-sheets", "0"));

        Assert.Contains("3 executed, 0 reused", launcher.Out.ToString(), StringComparison.Ordinal);
        var folder = Assert.Single(Directory.GetDirectories(temp.File("out")));
        Assert.Equal(3, StoredTrials(folder).Count);
        Assert.Equal(3, Report(folder).QuerySelectorAll("#trials-table tbody tr").Length);
        Assert.Equal("Random", Report(folder).QuerySelector("#fact-search")!.TextContent);
    }

    [Fact]
    public void Sweep_WalkForwardFromConfig_ReportsWindowsAndTheDegradationOfTheStoredScores()
    {
        // 2015-2019 holds 1,258 trading days: windows of 504 + 252 days stepping 252 give two whole windows.
        WriteConfig(grid: """[ { "name": "Threshold", "min": 3, "max": 5, "step": 1 } ]""",
            top: """ "start-date": "2015-01-02", "end-date": "2019-12-31",""",
            extra: """, "walk-forward": { "in-sample-days": 504, "out-of-sample-days": 252 }""");
        var launcher = Launcher();

        Assert.Equal(0, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--tear-sheets", "1"));

        var folder = Assert.Single(Directory.GetDirectories(temp.File("out")));
        var doc = Report(folder);
        Assert.Equal(2, doc.QuerySelectorAll("#windows-table tbody tr").Length);
        Assert.Equal(3, doc.QuerySelectorAll("#trials-table tbody tr").Length);
        Assert.Contains("window 2 in sample", doc.QuerySelector("#fact-trials-shown")!.TextContent, StringComparison.Ordinal);
        // Independent: per window, the best in-sample Sharpe from the store against its out-of-sample trial's Sharpe.
        var scores = ScopedSharpes(folder);
        var inSample = scores.Where(p => p.Key.Contains(" is ", StringComparison.Ordinal)).GroupBy(p => p.Key[..4]).Select(g => g.Max(p => p.Value)).ToArray();
        var outOfSample = scores.Where(p => p.Key.Contains(" oos ", StringComparison.Ordinal)).Select(p => p.Value).ToArray();
        Assert.Equal(2, inSample.Length);
        Assert.Equal(2, outOfSample.Length);
        var meanIs = (double)inSample.Average();
        var expected = meanIs > 0 ? (1 - ((double)outOfSample.Average() / meanIs)).ToString("F3", CultureInfo.InvariantCulture) : "n/a";
        Assert.Equal(expected, Value(doc, "diag-degradation"));
        var link = doc.QuerySelector("#trials-table td.tearsheet a")!.GetAttribute("href")!;
        Assert.True(File.Exists(Path.Combine(folder, link)));
    }

    [Fact]
    public void Sweep_WalkForwardWithReportOnly_ExitsTwoSayingToRerun()
    {
        WriteConfig(extra: """, "walk-forward": { "in-sample-days": 504, "out-of-sample-days": 252 }""");
        var launcher = Launcher();

        Assert.Equal(2, launcher.Invoke("sweep", "--config", temp.File("config.json"), "--report-only"));
        Assert.Contains("without --report-only", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, decimal>> ScopedSharpes(string folder)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT scope, statistics FROM trials WHERE scope <> '' AND status = 'Finished' ORDER BY scope, number";
        using var reader = command.ExecuteReader();
        var rows = new List<KeyValuePair<string, decimal>>();
        while (reader.Read())
        {
            rows.Add(new(reader.GetString(0), decimal.Parse(Map(reader.GetString(1))["Sharpe Ratio"], CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static string Value(IHtmlDocument doc, string id) => doc.QuerySelector($"#{id} .value")?.TextContent ?? "(missing)";

    private static IHtmlDocument Report(string folder)
    {
        var path = Path.Combine(folder, "report.html");
        Assert.True(File.Exists(path), "report.html was not written (is ECharts installed? cd Report/web && npm ci)");
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    private string RunSweep(params string[] extra)
    {
        WriteConfig();
        var launcher = Launcher();
        Assert.Equal(0, launcher.Invoke(["sweep", "--config", temp.File("config.json"), "--workers", "2", .. extra]));
        Assert.Contains("Report: ", launcher.Out.ToString(), StringComparison.Ordinal);
        return Assert.Single(Directory.GetDirectories(temp.File("out")));
    }

    private TestLauncher Launcher() => new(temp.Path, run: new RunCommand(), data: new DataCommands());

    private static List<(int Number, Dictionary<string, string> Parameters, Dictionary<string, string> Statistics)> StoredTrials(string folder)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, parameters, statistics FROM trials WHERE scope = '' AND status = 'Finished' ORDER BY number";
        using var reader = command.ExecuteReader();
        var rows = new List<(int, Dictionary<string, string>, Dictionary<string, string>)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), Map(reader.GetString(1)), Map(reader.GetString(2))));
        }

        return rows;
    }

    private static SweepIdentity StoredIdentity(string folder)
    {
        using var connection = Open(folder);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM sweep";
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values[reader.GetString(0)] = reader.GetString(1);
        }

        return new SweepIdentity(values["data_fingerprint"], values["strategy_name"], values["strategy_version"], values["engine_version"]);
    }

    private static SqliteConnection Open(string folder)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, SweepFolder.StoreFileName), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static Dictionary<string, string> Map(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object
            ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : doc.RootElement.EnumerateArray().ToDictionary(e => e[0].GetString()!, e => e[1].GetString()!, StringComparer.Ordinal);
    }

    private void WriteConfig(string strategy = SweepTestFolder.Grid, string grid = Grid, string top = "", string extra = "") =>
        SweepTestFolder.WriteConfig(temp, grid, strategy, top, extra);
}
