using System.Text;
using Backtest.Report.Analysis;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>The key-metrics table (strategy, benchmark, LEAN) and LEAN's full statistics as the engine wrote them.</summary>
internal static class MetricsSection
{
    public static void Write(StringBuilder html, RunAnalysis a)
    {
        html.Append("<table id=\"metrics-table\"><thead><tr><th>Metric</th><th>Strategy</th><th>Benchmark</th><th>LEAN</th></tr></thead><tbody>\n");
        foreach (var row in MetricRows.Of(a))
        {
            var tip = Escape(row.Convention);
            html.Append("<tr data-metric=\"").Append(Escape(row.Id)).Append("\" title=\"").Append(tip).Append("\"><th>").Append(Escape(row.Label))
                .Append("</th><td class=\"strategy\">").Append(Escape(row.Strategy))
                .Append("</td><td class=\"benchmark\">").Append(Escape(row.Benchmark))
                .Append("</td><td class=\"lean\">").Append(Escape(row.Lean)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    public static void WriteLean(StringBuilder html, RunAnalysis a)
    {
        html.Append("<table id=\"lean-table\" class=\"compact\"><tbody>\n");
        foreach (var (key, value) in a.Run.Statistics)
        {
            html.Append("<tr data-statistic=\"").Append(Escape(key)).Append("\"><th>").Append(Escape(key)).Append("</th><td>").Append(Escape(value)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
