using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Backtest.Report.Sweep;
using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests.Sweep;

public sealed class SweepReportTests
{
    private static IHtmlDocument Write(TempFolder temp, SweepReportInput input)
    {
        TearSheetFixture.RequireECharts();
        var html = temp.File("report.html");
        SweepReport.Write(input, html, TearSheetFixture.EChartsPath);
        return new HtmlParser().ParseDocument(File.ReadAllText(html));
    }

    private static string Value(IHtmlDocument doc, string id) =>
        doc.QuerySelector($"#{id} .value")?.TextContent ?? "(missing)";

    [Fact]
    public void Write_TwoParameters_HasEverySectionAndChart()
    {
        using var temp = new TempFolder();
        var doc = Write(temp, SweepFixture.Create());

        string[] sections = ["best", "trials", "heatmaps", "sensitivity", "sharpe", "equity"];
        Assert.All(sections, id => Assert.NotNull(doc.QuerySelector("section#" + id)));
        var charts = doc.QuerySelectorAll("[data-chart]").Select(e => e.GetAttribute("data-chart")!).ToArray();
        Assert.Equal(["heatmap-0", "sensitivity-0", "sensitivity-1", "sharpe-histogram", "equity"], charts);
        Assert.Equal("Sweep of FixtureRotation", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("grid", doc.QuerySelector("#fact-search")!.TextContent);
    }

    [Fact]
    public void Write_TwoParameters_RankedTableShowsEveryTrialInRankOrderWithStoredText()
    {
        using var temp = new TempFolder();
        var input = SweepFixture.Create();
        var doc = Write(temp, input);

        var rows = doc.QuerySelectorAll("#trials-table tbody tr").ToArray();
        Assert.Equal(input.Trials.Count, rows.Length);
        // Independent ranking: accepted trials by Sharpe descending, then the rejected one, then the failed one.
        var expected = input.Trials.Where(t => t.Finished && t.Number != SweepFixture.RejectedNumber(false))
            .OrderByDescending(t => t.Target).Select(t => t.Number)
            .Append(SweepFixture.RejectedNumber(false)).Append(input.Trials.Count).ToArray();
        Assert.Equal(expected, rows.Select(r => int.Parse(r.GetAttribute("data-trial")!, CultureInfo.InvariantCulture)));
        foreach (var row in rows)
        {
            var trial = input.Trials.Single(t => t.Number.ToString(CultureInfo.InvariantCulture) == row.GetAttribute("data-trial"));
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
            Assert.Equal(trial.Rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, cells[0]);
            Assert.Equal([trial.Parameter("Lookback"), trial.Parameter("Weight")], cells[2..4]);
            Assert.Equal(trial.Statistics.GetValueOrDefault("Sharpe Ratio", string.Empty), cells[4]);
            Assert.Equal(trial.Statistics.GetValueOrDefault("Drawdown", string.Empty), row.QuerySelectorAll("td.statistic")[1].TextContent);
        }

        var failed = rows[^1];
        Assert.Equal("failed", failed.QuerySelector("td.status")!.TextContent);
        Assert.Equal("System.InvalidOperationException: boom", failed.QuerySelector("td.error")!.TextContent);
        Assert.Equal("rejected", rows[^2].QuerySelector("td.status")!.TextContent);
        var links = doc.QuerySelectorAll("#trials-table td.tearsheet a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(expected.Take(3).Select(n => $"trials/trial-{n:0000}/tearsheet.html"), links);
    }

    [Fact]
    public void Write_TwoParameters_BestPanelShowsTheBestTrialDiagnosticsAndReasons()
    {
        using var temp = new TempFolder();
        var input = SweepFixture.Create();
        var doc = Write(temp, input);

        var best = input.Trials.Where(t => t.Rank is not null).MaxBy(t => t.Target)!;
        Assert.Equal(best.Number.ToString(CultureInfo.InvariantCulture), Value(doc, "best-trial"));
        Assert.Equal(best.Statistics["Sharpe Ratio"], Value(doc, "best-target"));
        Assert.Equal($"Lookback = {best.Parameter("Lookback")}; Weight = {best.Parameter("Weight")}", Value(doc, "best-parameters"));
        Assert.Equal(best.TearSheet, doc.QuerySelector("#best-tearsheet a")!.GetAttribute("href"));
        Assert.Equal("12", Value(doc, "diag-trials"));
        Assert.Contains("11 finished, 1 failed", doc.QuerySelector("#diag-trials")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.812", Value(doc, "diag-dsr"));
        Assert.Equal("n/a", Value(doc, "diag-pbo"));
        Assert.Contains("needs two trials", doc.QuerySelector("#diag-pbo")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("YES: Lookback", Value(doc, "diag-edge"));
        Assert.Equal("n/a", Value(doc, "diag-degradation"));
        Assert.Contains("not a walk-forward sweep", doc.QuerySelector("#diag-degradation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoParameters_SensitivityTableMatchesIndependentMeans()
    {
        using var temp = new TempFolder();
        var input = SweepFixture.Create();
        var doc = Write(temp, input);

        var rows = doc.QuerySelectorAll("#sensitivity-table-1 tbody tr").ToArray();
        Assert.Equal(SweepFixture.Weights, rows.Select(r => r.QuerySelector("td")!.TextContent));
        foreach (var row in rows)
        {
            var weight = row.QuerySelector("td")!.TextContent;
            // Every finished trial counts, the constraint-rejected one included; the failed one has no target.
            var targets = input.Trials.Where(t => t.Finished && t.Parameter("Weight") == weight).Select(t => t.Target!.Value).ToArray();
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
            Assert.Equal(targets.Length.ToString(CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(targets.Average().ToString("F4", CultureInfo.InvariantCulture), cells[2]);
            Assert.Equal(targets.Min().ToString("F4", CultureInfo.InvariantCulture), cells[3]);
            Assert.Equal(targets.Max().ToString("F4", CultureInfo.InvariantCulture), cells[4]);
        }
    }

    [Fact]
    public void Write_TwoParameters_ChartDataHoldsHeatCellsHistogramAndBothCurves()
    {
        using var temp = new TempFolder();
        var input = SweepFixture.Create();
        var doc = Write(temp, input);
        using var json = JsonDocument.Parse(doc.QuerySelector("#tearsheet-data")!.TextContent);
        var root = json.RootElement;

        var heat = Assert.Single(root.GetProperty("heatmaps").EnumerateArray());
        Assert.Equal(input.Trials.Count(t => t.Finished), heat.GetProperty("cells").GetArrayLength());
        var first = input.Trials[0];
        var cell = heat.GetProperty("cells").EnumerateArray().Single(c => c[0].GetInt32() == 0 && c[1].GetInt32() == 0);
        Assert.Equal(Math.Round(first.Target!.Value, 6), cell[2].GetDouble());
        var counts = root.GetProperty("sharpe").GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32());
        Assert.Equal(input.Trials.Count(t => t.Finished), counts);
        var curves = root.GetProperty("equity").EnumerateArray().ToArray();
        Assert.Equal(2, curves.Length);
        var best = input.Trials.Single(t => t.Rank == 1);
        var growth = best.DailyReturns.Aggregate(1.0, (g, r) => g * (1 + r));
        Assert.Equal(Math.Round(growth, 5), curves[0].GetProperty("growth").EnumerateArray().Last().GetDouble(), 5);
        var accepted = input.Trials.Count(t => t.Rank is not null);
        var median = input.Trials.Single(t => t.Rank == ((accepted - 1) / 2) + 1);
        Assert.Equal("Median: trial " + median.Number.ToString(CultureInfo.InvariantCulture), curves[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Write_OneParameter_DrawsTargetLineInsteadOfHeatMaps()
    {
        using var temp = new TempFolder();
        var doc = Write(temp, SweepFixture.Create(single: true));

        var charts = doc.QuerySelectorAll("[data-chart]").Select(e => e.GetAttribute("data-chart")!).ToArray();
        Assert.Equal(["target-line", "sensitivity-0", "sharpe-histogram", "equity"], charts);
    }

    [Fact]
    public void Write_NoAcceptedTrial_SaysNotAvailableWithReasons()
    {
        using var temp = new TempFolder();
        var doc = Write(temp, SweepFixture.Create(noneAccepted: true));

        Assert.Equal("n/a", Value(doc, "best-trial"));
        Assert.Contains("no finished trial met the constraints", doc.QuerySelector("#best-trial")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("n/a", Value(doc, "diag-edge"));
        Assert.NotNull(doc.QuerySelector("#equity-missing"));
        Assert.Null(doc.QuerySelector("[data-chart='equity']"));
    }

    [Fact]
    public void Write_WalkForward_ShowsOneRowPerWindowWithBothTargets()
    {
        using var temp = new TempFolder();
        SweepReportWindow[] windows =
        [
            new(1, new DateOnly(2015, 1, 2), new DateOnly(2016, 12, 30), new DateOnly(2017, 1, 3), new DateOnly(2017, 12, 29), 12, "Lookback = 20", 1.25, 0.5),
            new(2, new DateOnly(2016, 1, 4), new DateOnly(2017, 12, 29), new DateOnly(2018, 1, 2), new DateOnly(2018, 12, 31), 12, string.Empty, null, null),
        ];
        var doc = Write(temp, SweepFixture.Create() with { Windows = windows });

        var rows = doc.QuerySelectorAll("#windows-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();
        Assert.Equal(["1", "2015-01-02 to 2016-12-30", "2017-01-03 to 2017-12-29", "12", "Lookback = 20", "1.2500", "0.5000"], rows[0]);
        Assert.Equal(["n/a", "n/a", "n/a"], rows[1][4..]);
        Assert.Null(new HtmlParser().ParseDocument(File.ReadAllText(WriteOnly(temp, SweepFixture.Create()))).QuerySelector("section#walk-forward"));
    }

    private static string WriteOnly(TempFolder temp, SweepReportInput input)
    {
        var html = temp.File("plain.html");
        SweepReport.Write(input, html, TearSheetFixture.EChartsPath);
        return html;
    }

    [Fact]
    public void Write_SameInputTwice_GivesIdenticalBytes()
    {
        using var temp = new TempFolder();
        TearSheetFixture.RequireECharts();
        SweepReport.Write(SweepFixture.Create(), temp.File("a.html"), TearSheetFixture.EChartsPath);
        SweepReport.Write(SweepFixture.Create(), temp.File("b.html"), TearSheetFixture.EChartsPath);

        Assert.Equal(File.ReadAllBytes(temp.File("a.html")), File.ReadAllBytes(temp.File("b.html")));
    }
}
