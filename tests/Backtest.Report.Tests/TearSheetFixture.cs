using Backtest.Report.Tests.Fixtures;
using Backtest.Testing;

namespace Backtest.Report.Tests;

/// <summary>Writes tear sheets of fixture runs once per test class; skips when ECharts is not installed.</summary>
internal static class TearSheetFixture
{
    public static string EChartsPath => RepoPaths.PathOf("Report", "web", "node_modules", "echarts", "dist", "echarts.min.js");

    public static void RequireECharts()
    {
        if (!File.Exists(EChartsPath))
        {
            Assert.Skip("ECharts is not installed: run `cd Report/web && npm ci` (test.sh does this).");
        }
    }

    /// <summary>Writes the fixture's result folder and tear sheet under <paramref name="temp"/>; returns the HTML path.</summary>
    public static string Write(TempFolder temp, ResultFixture fixture, string name = "run")
    {
        RequireECharts();
        var folder = fixture.WriteTo(temp.File(name));
        var html = temp.File(name + ".html");
        TearSheet.Write(folder, html, EChartsPath);
        return html;
    }
}
