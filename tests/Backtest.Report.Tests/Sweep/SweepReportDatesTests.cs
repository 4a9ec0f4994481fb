using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Backtest.Report.Sweep;
using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests.Sweep;

/// <summary>The dated best-against-median axis and the walk-forward's stitched out-of-sample chart.</summary>
public sealed class SweepReportDatesTests
{
    private static readonly SweepReportWindow[] Windows =
    [
        new(1, new DateOnly(2015, 1, 2), new DateOnly(2015, 6, 30), new DateOnly(2015, 7, 1), new DateOnly(2015, 7, 10), 12, "Lookback = 20", 1.25, 0.5),
        new(2, new DateOnly(2015, 4, 1), new DateOnly(2015, 7, 10), new DateOnly(2015, 7, 13), new DateOnly(2015, 7, 17), 12, "Lookback = 10", 1.0, 0.25),
    ];

    [Fact]
    public void Write_DatesOneMoreThanTheReturns_DatesTheEquityAxis()
    {
        using var temp = new TempFolder();
        // The fixture's trials hold 300 daily returns: 301 days, first included.
        var dates = Weekdays(new DateOnly(2015, 1, 2), 301);

        var root = ChartData(Write(temp, SweepFixture.Create() with { Dates = dates }));

        Assert.Equal(dates.Select(Text), root.GetProperty("equityDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(301, root.GetProperty("equity")[0].GetProperty("growth").GetArrayLength());
    }

    [Theory]
    [InlineData(300)]
    [InlineData(302)]
    [InlineData(-1)]
    public void Write_DatesThatDoNotFitTheReturns_CountsTradingDays(int count)
    {
        using var temp = new TempFolder();
        var input = SweepFixture.Create() with { Dates = count < 0 ? null : Weekdays(new DateOnly(2015, 1, 2), count) };

        var root = ChartData(Write(temp, input));

        Assert.False(root.TryGetProperty("equityDates", out _));
    }

    [Fact]
    public void Write_Stitched_ChartDataHoldsEveryPointAndEachWindowsFirstDay()
    {
        using var temp = new TempFolder();
        StitchedPoint[] points =
        [
            new(new DateOnly(2015, 7, 1), 1, 1), new(new DateOnly(2015, 7, 2), 1, 1.0123456789), new(new DateOnly(2015, 7, 10), 1, 1.02),
            new(new DateOnly(2015, 7, 13), 2, 1.02), new(new DateOnly(2015, 7, 17), 2, 0.9876543219),
        ];

        var doc = Write(temp, SweepFixture.Create() with { Windows = Windows, Stitched = points });

        Assert.NotNull(doc.QuerySelector("section#walk-forward [data-chart='walk-forward-equity']"));
        var chart = ChartData(doc).GetProperty("walkForward");
        Assert.Equal(points.Select(p => Text(p.Date)), chart.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal([1, 1.012346, 1.02, 1.02, 0.987654], chart.GetProperty("equity").EnumerateArray().Select(e => e.GetDouble()));
        var starts = chart.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("number").GetInt32() + " " + w.GetProperty("start").GetString());
        Assert.Equal(["1 2015-07-01", "2 2015-07-13"], starts);
    }

    [Fact]
    public void Write_WalkForwardWithNoOutOfSampleDay_SaysNotAvailableInsteadOfAChart()
    {
        using var temp = new TempFolder();

        var doc = Write(temp, SweepFixture.Create() with { Windows = Windows, Stitched = [] });

        Assert.NotNull(doc.QuerySelector("#walk-forward-equity-missing"));
        Assert.Null(doc.QuerySelector("[data-chart='walk-forward-equity']"));
    }

    [Fact]
    public async Task Page_WalkForwardWithDates_DrawsTheStitchedAndDatedChartsOffline()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var html = temp.File("report.html");
        var oos = Weekdays(new DateOnly(2015, 7, 1), 20);
        var points = oos.Select((d, i) => new StitchedPoint(d, i < 8 ? 1 : 2, 1 + (0.001 * i))).ToArray();
        SweepReport.Write(SweepFixture.Create() with { Dates = Weekdays(new DateOnly(2015, 1, 2), 301), Windows = Windows, Stitched = points },
            html, TearSheetFixture.EChartsPath);

        var charts = await ChartPageCheck.OpenAndCheck(html, Path.Combine(AppContext.BaseDirectory, "artifacts", "sweep-report-walk-forward.png"), expectedCharts: 6);

        Assert.Equal(["walk-forward-equity", "heatmap-0", "sensitivity-0", "sensitivity-1", "sharpe-histogram", "equity"], charts);
    }

    private static DateOnly[] Weekdays(DateOnly first, int count)
    {
        var days = new List<DateOnly>();
        for (var d = first; days.Count < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return [.. days];
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IHtmlDocument Write(TempFolder temp, SweepReportInput input)
    {
        TearSheetFixture.RequireECharts();
        var html = temp.File("report.html");
        SweepReport.Write(input, html, TearSheetFixture.EChartsPath);
        return new HtmlParser().ParseDocument(File.ReadAllText(html));
    }

    private static JsonElement ChartData(IHtmlDocument doc) => JsonDocument.Parse(doc.QuerySelector("#tearsheet-data")!.TextContent).RootElement.Clone();
}
