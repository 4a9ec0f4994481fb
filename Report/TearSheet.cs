using System.Text;
using Backtest.Report.Analysis;
using Backtest.Report.Html;
using Backtest.Report.Input;

namespace Backtest.Report;

/// <summary>
/// Writes self-contained HTML tear sheets from result folders written by <c>Backtest.Engine.Results.ResultFiles</c>.
/// The file inlines Apache ECharts (from Report/web/node_modules, installed with <c>npm ci</c>), the page script and
/// the data, so it opens from disk with no network request. Output is byte-deterministic: the same result.json and
/// the same ECharts build give the same bytes (invariant culture, no timestamps, UTF-8 without BOM, LF).
/// Thread-safe: no shared state.
/// </summary>
public static class TearSheet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the tear sheet of one run.</summary>
    /// <param name="resultFolder">A run's result folder (holding result.json), or the result.json file itself.</param>
    /// <param name="outputHtml">The HTML file to write; its folder is created when missing; an existing file is replaced.</param>
    /// <param name="echartsPath">echarts.min.js to inline; null searches Report/web/node_modules above the app and current folders.</param>
    /// <exception cref="Backtest.Data.Errors.DataException">result.json is missing or malformed.</exception>
    /// <exception cref="FileNotFoundException">ECharts is not installed (the message names the npm command).</exception>
    public static void Write(string resultFolder, string outputHtml, string? echartsPath = null)
    {
        var echarts = EChartsLibrary.Load(echartsPath);
        var analysis = RunAnalysis.Of(ResultReader.Read(resultFolder));
        Save(outputHtml, TearSheetPage.Render(analysis, echarts));
    }

    /// <summary>Writes one page comparing several runs: metrics side by side, cumulative returns and drawdowns overlaid.</summary>
    /// <param name="resultFolders">At least one result folder, shown in the given order.</param>
    /// <exception cref="ArgumentException">No folder was given.</exception>
    public static void WriteComparison(IReadOnlyList<string> resultFolders, string outputHtml, string? echartsPath = null)
    {
        ArgumentNullException.ThrowIfNull(resultFolders);
        if (resultFolders.Count == 0)
        {
            throw new ArgumentException("Give at least one result folder to compare.", nameof(resultFolders));
        }

        var echarts = EChartsLibrary.Load(echartsPath);
        var runs = resultFolders.Select(f => RunAnalysis.Of(ResultReader.Read(f))).ToArray();
        Save(outputHtml, ComparisonPage.Render(runs, echarts));
    }

    private static void Save(string path, string html)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, Utf8.GetBytes(html));
    }
}
