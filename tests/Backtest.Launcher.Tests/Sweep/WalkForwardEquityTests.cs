using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Backtest.Launcher.Sweep;

namespace Backtest.Launcher.Tests.Sweep;

/// <summary>
/// A walk-forward sweep on the embedded sample data writes walk-forward-equity.csv and the stitched out-of-sample
/// chart; both are checked against the out-of-sample trials run again with <c>backtest run</c> and against the store.
/// </summary>
public sealed class WalkForwardEquityTests : IDisposable
{
    private readonly SweepTestFolder sweep = new();

    public void Dispose() => sweep.Dispose();

    [Fact]
    public void Sweep_WalkForward_CsvChainsEachWindowsRunOfTheInSampleBest()
    {
        sweep.WriteConfig(SweepTestFolder.ThresholdGrid, top: SweepTestFolder.WalkForwardDates, extra: SweepTestFolder.WalkForwardBlock);
        sweep.Sweep("--tear-sheets", "0");
        var folder = sweep.SweepFolderPath();
        var rows = Csv(folder);

        Assert.Equal("date,equity,window,Threshold", File.ReadLines(Path.Combine(folder, WalkForwardCurve.FileName)).First());
        var level = 1d;
        foreach (var (window, chosen, start, end) in Windows(folder))
        {
            var mine = rows.Where(r => r.Window == window).ToArray();
            Assert.All(mine, r => Assert.Equal(chosen, r.Threshold));
            // Independent: the chosen parameters run alone over the window's out-of-sample dates; its equity.csv,
            // scaled to start where the previous window ended, is this window's part of the stitched curve.
            var equity = RunEquity(chosen, start, end, window);
            Assert.Equal(equity.Select(p => p.Date), mine.Select(r => r.Date));
            foreach (var (row, point) in mine.Zip(equity))
            {
                Assert.Equal(level * point.Equity / equity[0].Equity, row.Equity, 1e-12);
            }

            level = mine[^1].Equity;
        }

        Assert.Equal(rows.Select(r => r.Date).Order(), rows.Select(r => r.Date));
        Assert.Equal(rows.Count, rows.Select(r => r.Date).Distinct().Count());
    }

    [Fact]
    public void Sweep_WalkForward_ChosenParametersAreEachWindowsBestInSampleTrial()
    {
        sweep.WriteConfig(SweepTestFolder.ThresholdGrid, top: SweepTestFolder.WalkForwardDates, extra: SweepTestFolder.WalkForwardBlock);
        sweep.Sweep("--tear-sheets", "0");
        var folder = sweep.SweepFolderPath();
        var rows = Csv(folder);

        using var store = SweepTestFolder.OpenStore(folder);
        var inSample = store.ReadAll().Where(t => t.Scope.Contains(" is ", StringComparison.Ordinal) && t.Status == Optimizer.Running.TrialStatus.Finished)
            .GroupBy(t => int.Parse(t.Scope[1..4], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, inSample.Length);
        foreach (var group in inSample)
        {
            // No constraints: the best is the highest stored Sharpe, ties to the lower trial number.
            var best = group.OrderByDescending(t => decimal.Parse(t.Statistics["Sharpe Ratio"], CultureInfo.InvariantCulture)).ThenBy(t => t.Number).First();
            Assert.All(rows.Where(r => r.Window == group.Key), r => Assert.Equal(best.Parameters.Get("Threshold"), r.Threshold));
        }

        // The report's chart carries the same curve (equity rounded to 6 decimals) and each window's first date.
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "report.html")));
        Assert.NotNull(doc.QuerySelector("[data-chart='walk-forward-equity']"));
        using var json = JsonDocument.Parse(doc.QuerySelector("#tearsheet-data")!.TextContent);
        var chart = json.RootElement.GetProperty("walkForward");
        Assert.Equal(rows.Select(r => r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), chart.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(rows.Select(r => Math.Round(r.Equity, 6)), chart.GetProperty("equity").EnumerateArray().Select(e => e.GetDouble()));
        var starts = chart.GetProperty("windows").EnumerateArray().Select(w => (w.GetProperty("number").GetInt32(), w.GetProperty("start").GetString()!)).ToArray();
        Assert.Equal(rows.GroupBy(r => r.Window).Select(g => (g.Key, g.First().Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), starts);
    }

    [Fact]
    public void Sweep_WalkForwardTwiceIntoFreshFolders_WritesByteIdenticalCsv()
    {
        sweep.WriteConfig(SweepTestFolder.ThresholdGrid, top: SweepTestFolder.WalkForwardDates, extra: SweepTestFolder.WalkForwardBlock);
        sweep.Sweep("--tear-sheets", "0", "--workers", "1", "--out", sweep.Temp.File("a"));
        sweep.Sweep("--tear-sheets", "0", "--workers", "2", "--out", sweep.Temp.File("b"));

        var first = File.ReadAllBytes(Path.Combine(sweep.Temp.File("a"), WalkForwardCurve.FileName));
        Assert.True(first.Length > 100);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(sweep.Temp.File("b"), WalkForwardCurve.FileName)));
    }

    private sealed record Row(DateOnly Date, double Equity, int Window, string Threshold);

    private static List<Row> Csv(string folder) => [.. File.ReadLines(Path.Combine(folder, WalkForwardCurve.FileName)).Skip(1).Select(line =>
    {
        var f = line.Split(',');
        return new Row(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture),
            int.Parse(f[2], CultureInfo.InvariantCulture), f[3]);
    })];

    /// <summary>Each window's out-of-sample trial from the store: its number, parameters and dates (from the scope label "w001 oos 2017-01-03..2017-12-29").</summary>
    private static List<(int Window, string Threshold, string Start, string End)> Windows(string folder)
    {
        using var store = SweepTestFolder.OpenStore(folder);
        var oos = store.ReadAll().Where(t => t.Scope.Contains(" oos ", StringComparison.Ordinal)).OrderBy(t => t.Scope, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, oos.Length);
        return [.. oos.Select(t => (int.Parse(t.Scope[1..4], CultureInfo.InvariantCulture), t.Parameters.Get("Threshold"), t.Scope[9..19], t.Scope[21..31]))];
    }

    private List<(DateOnly Date, double Equity)> RunEquity(string threshold, string start, string end, int window)
    {
        var output = sweep.Temp.File("runs-" + window.ToString(CultureInfo.InvariantCulture));
        var launcher = sweep.Launcher();
        var code = launcher.Invoke("run", "--config", sweep.ConfigPath, "--parameter", "Threshold=" + threshold, "--start", start, "--end", end, "--output", output);
        Assert.True(code == 0, launcher.Error.ToString());
        var run = Assert.Single(Directory.GetDirectories(output));
        return [.. File.ReadLines(Path.Combine(run, "equity.csv")).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            return (DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture));
        })];
    }
}
