using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests.Sweep;

/// <summary>Sweep reports in headless Chromium with the network blocked: no console error and every chart painted.</summary>
public sealed class SweepReportBrowserTests
{
    [Fact]
    public async Task Page_TwoParameters_DrawsEveryChartOfflineAndSortsTheTrials()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var html = temp.File("report.html");
        SweepReport.Write(SweepFixture.Create(), html, TearSheetFixture.EChartsPath);

        var charts = await ChartPageCheck.OpenAndCheck(html, Path.Combine(AppContext.BaseDirectory, "artifacts", "sweep-report.png"),
            expectedCharts: 5, click: "#trials-table thead th:nth-child(2)");

        Assert.Equal(["heatmap-0", "sensitivity-0", "sensitivity-1", "sharpe-histogram", "equity"], charts);
    }

    [Fact]
    public async Task Page_OneParameter_DrawsTheTargetLine()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var html = temp.File("report.html");
        SweepReport.Write(SweepFixture.Create(single: true), html, TearSheetFixture.EChartsPath);

        var charts = await ChartPageCheck.OpenAndCheck(html, Path.Combine(AppContext.BaseDirectory, "artifacts", "sweep-report-single.png"), expectedCharts: 4);

        Assert.Contains("target-line", charts);
    }
}
