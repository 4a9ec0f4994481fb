using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests;

/// <summary>
/// Opens tear sheets in Debian's headless Chromium through Playwright's bundled driver (never a downloaded browser),
/// with every non-file request aborted (see <see cref="ReportBrowser"/>), and checks that the page runs cleanly and every chart paints.
/// </summary>
public sealed class TearSheetBrowserTests
{
    [Fact]
    public async Task Page_Fixture_DrawsEveryChartOfflineWithoutConsoleErrors()
    {
        using var temp = new TempFolder();
        var html = TearSheetFixture.Write(temp, new ResultFixture(new DateOnly(2001, 1, 2), 6300, seed: 3, withPlots: true));
        var shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "tearsheet-fixture.png");
        var charts = await ChartPageCheck.OpenAndCheck(html, shot, expectedCharts: 11, click: "#log-toggle");
        Assert.Contains(charts, c => c.StartsWith("panel-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_Comparison_DrawsBothChartsAndSortsTables()
    {
        TearSheetFixture.RequireECharts();
        using var temp = new TempFolder();
        var a = new ResultFixture(new DateOnly(2015, 1, 2), 900, seed: 4, withPlots: false).WriteTo(temp.File("a"));
        var b = new ResultFixture(new DateOnly(2015, 1, 2), 900, seed: 5, withPlots: true).WriteTo(temp.File("b"));
        var html = temp.File("compare.html");
        TearSheet.WriteComparison([a, b], html, TearSheetFixture.EChartsPath);
        var charts = await ChartPageCheck.OpenAndCheck(html, Path.Combine(AppContext.BaseDirectory, "artifacts", "comparison.png"), expectedCharts: 2, click: "#log-toggle");
        Assert.Equal(["compare-cumulative", "compare-drawdown"], charts);
    }
}
