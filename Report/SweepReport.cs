using System.Text;
using Backtest.Report.Html;
using Backtest.Report.Sweep;

namespace Backtest.Report;

/// <summary>
/// Writes the self-contained HTML report of a parameter sweep: ranked trials, target landscape, sensitivity, Sharpe
/// histogram, best against median growth, and the overfitting diagnostics next to the best result. Like the tear
/// sheet it inlines ECharts and works offline, and the same input gives the same bytes. Thread-safe.
/// </summary>
public static class SweepReport
{
    /// <summary>The report's file name inside a sweep folder.</summary>
    public const string FileName = "report.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="input">The sweep's trials and diagnostics.</param>
    /// <param name="outputHtml">The HTML file to write; its folder is created when missing; an existing file is replaced.</param>
    /// <param name="echartsPath">echarts.min.js to inline; null searches Report/web/node_modules as the tear sheet does.</param>
    /// <exception cref="FileNotFoundException">ECharts is not installed (the message names the npm command).</exception>
    public static void Write(SweepReportInput input, string outputHtml, string? echartsPath = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(outputHtml);
        var echarts = EChartsLibrary.Load(echartsPath);
        var html = SweepPage.Render(SweepAnalysis.Of(input), echarts);
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputHtml));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(outputHtml, Utf8.GetBytes(html));
    }
}
