using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Backtest.Launcher.Config;
using Backtest.Launcher.Sweep;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Microsoft.Data.Sqlite;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary>
/// The sweep folder describes itself: <c>backtest report &lt;sweep folder&gt;</c> rebuilds the report the sweep wrote
/// from sweep.json and the store alone (the config deleted first), and refuses folders it cannot rebuild with exit 2.
/// </summary>
public sealed class SweepFolderReportTests : IDisposable
{
    private readonly SweepTestFolder sweep = new();

    public void Dispose() => sweep.Dispose();

    [Fact]
    public void Report_GridSweepFolderWithoutItsConfig_RebuildsTheSweepsReportByteForByte()
    {
        sweep.WriteConfig(SweepTestFolder.TwoParameterGrid);
        AssertRebuildsTheSameReport("--tear-sheets", "2");
    }

    [Fact]
    public void Report_RandomSweepWithAConstraint_RebuildsTheSweepsReportByteForByte()
    {
        sweep.WriteConfig(SweepTestFolder.TwoParameterGrid, strategy: "\"random\", \"optimization-strategy-settings\": { \"samples\": 4, \"seed\": 11 }",
            extra: """, "constraints": [ { "target": "Drawdown", "operator": "Less", "target-value": 0.3 } ]""");
        AssertRebuildsTheSameReport("--tear-sheets", "1");
    }

    [Fact]
    public void Report_WalkForwardFolderWithoutItsConfig_ReplaysTheStoreIntoTheSameReport()
    {
        sweep.WriteConfig(SweepTestFolder.ThresholdGrid, top: SweepTestFolder.WalkForwardDates, extra: SweepTestFolder.WalkForwardBlock);
        var folder = AssertRebuildsTheSameReport("--tear-sheets", "1");

        Assert.NotNull(new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html"))).QuerySelector("[data-chart='walk-forward-equity']"));
    }

    [Fact]
    public void Report_WalkForwardMissingAnOutOfSampleTrial_ExitsTwoSayingItIsIncomplete()
    {
        sweep.WriteConfig(SweepTestFolder.ThresholdGrid, top: SweepTestFolder.WalkForwardDates, extra: SweepTestFolder.WalkForwardBlock);
        sweep.Sweep("--tear-sheets", "0");
        var folder = sweep.SweepFolderPath();
        using (var connection = SweepTestFolder.Connect(folder, SqliteOpenMode.ReadWrite))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM trials WHERE scope LIKE 'w002 oos %'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var launcher = sweep.Launcher();
        Assert.Equal(2, launcher.Invoke("report", folder));

        var error = launcher.Error.ToString();
        Assert.Contains(folder, error, StringComparison.Ordinal);
        Assert.Contains("incomplete", error, StringComparison.Ordinal);
        Assert.Contains("backtest sweep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_GridSweep_BestAgainstMedianIsDatedByTheTrialsTradingDays()
    {
        sweep.WriteConfig(SweepTestFolder.TwoParameterGrid);
        sweep.Sweep("--tear-sheets", "1");
        var folder = sweep.SweepFolderPath();

        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        using var json = JsonDocument.Parse(doc.QuerySelector("#tearsheet-data")!.TextContent);
        var dates = json.RootElement.GetProperty("equityDates").EnumerateArray().Select(d => d.GetString()).ToArray();
        var growth = json.RootElement.GetProperty("equity")[0].GetProperty("growth").GetArrayLength();
        Assert.Equal(growth, dates.Length);
        // Independent: the best trial's own run (its tear-sheet folder) lists the same trading days in equity.csv.
        var link = doc.QuerySelector("#best-tearsheet a")!.GetAttribute("href")!;
        var equity = File.ReadLines(Path.Combine(folder, Path.GetDirectoryName(link)!, "equity.csv")).Skip(1).Select(l => l[..10]).ToArray();
        Assert.Equal(equity, dates);
    }

    [Fact]
    public void Report_EmptyFolder_ExitsTwoNamingTheFolder()
    {
        var folder = sweep.Temp.File("empty");
        Directory.CreateDirectory(folder);
        var launcher = sweep.Launcher();

        Assert.Equal(2, launcher.Invoke("report", folder));
        Assert.Contains(folder + " is neither a run result folder", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SweepFolderAmongSeveralFolders_ExitsTwoSayingToReportItAlone()
    {
        var folder = sweep.Temp.File("a-sweep");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, SweepFolder.StoreFileName), []);
        Directory.CreateDirectory(sweep.Temp.File("other"));
        var launcher = sweep.Launcher();

        Assert.Equal(2, launcher.Invoke("report", folder, sweep.Temp.File("other")));
        Assert.Contains(folder + " is a sweep folder", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_StoreWithoutDefinition_ExitsTwoSayingHowToSaveIt()
    {
        var folder = sweep.Temp.File("old-sweep");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, SweepFolder.StoreFileName), []);
        var launcher = sweep.Launcher();

        Assert.Equal(2, launcher.Invoke("report", folder));
        var error = launcher.Error.ToString();
        Assert.Contains($"the sweep folder {folder} has no {SweepDefinition.FileName}", error, StringComparison.Ordinal);
        Assert.Contains("backtest sweep --config", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Theory]
    [InlineData("{ not json", "malformed")]
    [InlineData("""{ "format": 1, "algorithm": "StreakRotation" }""", "the key \"identity\" is missing")]
    [InlineData("""{ "format": 1, "algorithm-type-name": 7 }""", "malformed")]
    public void Report_CorruptDefinition_ExitsTwoNamingTheFileAndTheProblem(string text, string problem)
    {
        var folder = sweep.Temp.File("corrupt");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, SweepFolder.StoreFileName), []);
        File.WriteAllText(Path.Combine(folder, SweepDefinition.FileName), text);
        var launcher = sweep.Launcher();

        Assert.Equal(2, launcher.Invoke("report", folder));
        var error = launcher.Error.ToString();
        Assert.Contains(Path.Combine(folder, SweepDefinition.FileName), error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameDefinitionBytes()
    {
        var block = new OptimizationOptions
        {
            Strategy = "random", Samples = 7, Seed = 3,
            Criterion = new OptimizationCriterion("Sharpe Ratio", OptimizationExtremum.Min, 1.5),
            Constraints = [new OptimizationConstraint("Drawdown", ConstraintOperator.LessOrEqual, 0.15)],
            Parameters = [new OptimizationParameter("Threshold", 0.1, 0.7, 0.05, null, null), new OptimizationParameter("Fixed", null, null, null, null, "x,y")],
            WalkForward = new WalkForwardOptions(100, 20, 30, true),
        };
        var definition = new SweepDefinition("StreakRotation", "StreakRotation", "/data",
            new SweepDefinition.RunSettings("Csv", "Daily", "SPY", new DateOnly(2015, 1, 2), null, 25_000.5),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("StartYear", "2015")]),
            new SweepIdentity("fp", "S", "1.0", "0.1"), 3, block);
        var first = sweep.Temp.File("first");
        var second = sweep.Temp.File("second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);

        definition.Write(first);
        var read = SweepDefinition.Read(first);
        read.Write(second);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, SweepDefinition.FileName)), File.ReadAllBytes(Path.Combine(second, SweepDefinition.FileName)));
        Assert.Equal(definition.Run, read.Run);
        Assert.Equal(block.WalkForward, read.Block.WalkForward);
        Assert.Equal(1.5, read.Block.Criterion.TargetValue);
        Assert.Equal([("Threshold", 0.05, null), ("Fixed", null, "x,y")], read.Block.Parameters.Select(p => (p.Name, p.Step, p.Value)));
    }

    /// <summary>Sweeps, deletes the config and the report, rebuilds it with <c>backtest report</c>, and compares bytes.</summary>
    private string AssertRebuildsTheSameReport(params string[] extra)
    {
        sweep.Sweep(extra);
        var folder = sweep.SweepFolderPath();
        var report = Path.Combine(folder, "report.html");
        var written = File.ReadAllBytes(report);
        File.Delete(report);
        File.Delete(sweep.ConfigPath);
        Assert.False(File.Exists(Path.Combine(folder, SweepDefinition.FileName + ".tmp")));

        var launcher = sweep.Launcher();
        Assert.Equal(0, launcher.Invoke("report", folder));

        Assert.Contains("Report: " + report, launcher.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllBytes(report));
        return folder;
    }
}
