using System.Text;
using Backtest.Report.Analysis;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>Several runs side by side: identities, key metrics in columns, cumulative returns and drawdowns overlaid.</summary>
internal static class ComparisonPage
{
    public static string RunLabel(RunAnalysis a, int index) => Int(index + 1) + ". " + a.Run.Algorithm;

    public static string Render(IReadOnlyList<RunAnalysis> runs, string echarts)
    {
        var html = new StringBuilder();
        if (runs.Any(r => r.Run.Synthetic))
        {
            html.Append("<div id=\"synthetic-banner\" class=\"banner\">SYNTHETIC DATA: at least one run used generated data, not market history.</div>\n");
        }

        html.Append("<header id=\"header\"><h1>Comparison of ").Append(Int(runs.Count)).Append(" runs</h1>\n");
        var t = new TableWriter(html, "runs-table", sortable: false);
        t.Head("Run", "Parameters", "Period", "Data fingerprint", "Order hash");
        foreach (var (a, i) in runs.Select((a, i) => (a, i)))
        {
            t.Row((RunLabel(a, i), null), (string.Join("; ", a.Run.Parameters.Select(p => p.Key + " = " + p.Value)), null),
                (a.Run.PeriodStart[..10] + " to " + a.Run.PeriodEnd[..10], null), (a.Run.DataFingerprint[..Math.Min(16, a.Run.DataFingerprint.Length)], null),
                (a.Run.OrderHash[..Math.Min(16, a.Run.OrderHash.Length)], null));
        }

        t.End();
        html.Append("</header>\n<main>\n");
        PageShell.Section(html, "metrics", "Key metrics", "Hover a row for its convention. The benchmark column is the first run's benchmark.");
        Metrics(html, runs);
        html.Append("</section>\n");
        PageShell.Section(html, "cumulative", "Cumulative returns");
        html.Append("<div class=\"toolbar\"><button type=\"button\" id=\"log-toggle\" data-scale=\"linear\">Log scale</button></div>\n");
        PageShell.Chart(html, "compare-cumulative");
        html.Append("</section>\n");
        PageShell.Section(html, "drawdown", "Drawdowns");
        PageShell.Chart(html, "compare-drawdown");
        html.Append("</section>\n</main>\n");
        return PageShell.Wrap("Comparison of " + Int(runs.Count) + " runs", html, ChartData.Comparison(runs), echarts);
    }

    private static void Metrics(StringBuilder html, IReadOnlyList<RunAnalysis> runs)
    {
        var perRun = runs.Select(MetricRows.Of).ToArray();
        html.Append("<table id=\"metrics-table\"><thead><tr><th>Metric</th>");
        foreach (var (a, i) in runs.Select((a, i) => (a, i)))
        {
            html.Append("<th>").Append(Escape(RunLabel(a, i))).Append("</th>");
        }

        html.Append("<th>Benchmark</th></tr></thead><tbody>\n");
        foreach (var row in perRun[0].Where(r => !r.Id.StartsWith("time-in-", StringComparison.Ordinal)))
        {
            html.Append("<tr data-metric=\"").Append(Escape(row.Id)).Append("\" title=\"").Append(Escape(row.Convention)).Append("\"><th>").Append(Escape(row.Label)).Append("</th>");
            foreach (var rows in perRun)
            {
                var mine = rows.FirstOrDefault(r => string.Equals(r.Id, row.Id, StringComparison.Ordinal));
                html.Append("<td class=\"run\">").Append(Escape(mine?.Strategy ?? NotAvailable)).Append("</td>");
            }

            html.Append("<td class=\"benchmark\">").Append(Escape(row.Benchmark)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
