using System.Text;
using Backtest.Report.Sweep;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>
/// The sweep report: header, best result with the overfitting diagnostics, the ranked trials, heat maps of the target
/// over parameter pairs (one parameter: target against it), sensitivity per parameter, the Sharpe histogram and the
/// best trial's growth against the median trial's.
/// </summary>
internal static class SweepPage
{
    public static string Render(SweepAnalysis a, string echarts)
    {
        var input = a.Input;
        var html = new StringBuilder();
        html.Append("<header id=\"header\"><h1>Sweep of ").Append(Escape(input.Algorithm)).Append("</h1>\n<dl class=\"facts\">\n");
        SweepTables.Fact(html, "target", "Target", input.Target + (input.Maximise ? " (maximise)" : " (minimise)"));
        SweepTables.Fact(html, "parameters", "Swept parameters", input.ParameterNames.Count == 0 ? "(none)" : string.Join(", ", input.ParameterNames));
        foreach (var (label, text) in input.Facts)
        {
            SweepTables.Fact(html, Slug(label), label, text);
        }

        html.Append("</dl></header>\n<main>\n");
        PageShell.Section(html, "best", "Best result and overfitting diagnostics",
            "Deflated Sharpe ratio and PBO are probabilities (0 to 1) computed from the trials' daily returns; a low DSR or a high PBO warns that the best result may be luck.");
        SweepTables.Best(html, a);
        html.Append("</section>\n");
        if (input.Windows is { } windows)
        {
            PageShell.Section(html, "walk-forward", "Walk-forward windows",
                "Each window's in-sample search picks the best parameters, which then run out of sample; degradation compares the two means.");
            SweepTables.Windows(html, windows);
            Stitched(html, input.Stitched);
            html.Append("</section>\n");
        }

        PageShell.Section(html, "trials", "Ranked trials",
            "Accepted trials by rank, then trials that missed a constraint, then failed ones. Click a header to sort; a link opens a top trial's tear sheet.");
        html.Append("<div class=\"scroll\">\n");
        SweepTables.Trials(html, a);
        html.Append("</div>\n</section>\n");
        Landscape(html, a);
        Sensitivity(html, a);
        PageShell.Section(html, "sharpe", "Sharpe ratio across trials", "Histogram of the finished trials' Sharpe Ratio statistic (annualised, LEAN's definition).");
        PageShell.Chart(html, "sharpe-histogram");
        html.Append("</section>\n");
        PageShell.Section(html, "equity", "Best trial against the median trial",
            "Growth of 1 compounded from each trial's stored daily returns, by trading day (dated when the sweep recorded its dates). The median is the middle accepted trial by rank.");
        if (a.Best is null)
        {
            html.Append("<p class=\"note\" id=\"equity-missing\">n/a: no trial was accepted.</p>\n");
        }
        else
        {
            PageShell.Chart(html, "equity");
        }

        html.Append("</section>\n</main>\n");
        return PageShell.Wrap("Sweep of " + input.Algorithm, html, SweepChartData.Of(a), echarts, "sweepreport.js");
    }

    private static void Stitched(StringBuilder html, IReadOnlyList<StitchedPoint>? points)
    {
        html.Append("<h3>Stitched out-of-sample equity</h3>\n<p class=\"note\">Growth of 1 compounded over the out-of-sample daily returns of every window in order; a dashed line marks where each window starts.</p>\n");
        if (points is null || points.Count == 0)
        {
            html.Append("<p class=\"note\" id=\"walk-forward-equity-missing\">n/a: no window ran out of sample.</p>\n");
        }
        else
        {
            PageShell.Chart(html, "walk-forward-equity");
        }
    }

    private static void Landscape(StringBuilder html, SweepAnalysis a)
    {
        var target = a.Input.Target;
        switch (a.Varying.Count)
        {
            case 0:
                PageShell.Section(html, "heatmaps", "Target over the parameters");
                html.Append("<p class=\"note\" id=\"heatmaps-missing\">n/a: no parameter took two or more values.</p>\n");
                break;
            case 1:
                PageShell.Section(html, "heatmaps", "Target over the parameter", $"{target} against {a.Varying[0]}.");
                PageShell.Chart(html, "target-line");
                break;
            default:
                PageShell.Section(html, "heatmaps", "Target over parameter pairs",
                    $"Mean {target} over the finished trials with each pair of values (other parameters averaged over); empty cells were not tried.");
                var i = 0;
                foreach (var (x, y) in a.Pairs())
                {
                    html.Append("<h3>").Append(Escape(y + " against " + x)).Append("</h3>\n");
                    PageShell.Chart(html, "heatmap-" + Int(i++));
                }

                break;
        }

        html.Append("</section>\n");
    }

    private static void Sensitivity(StringBuilder html, SweepAnalysis a)
    {
        PageShell.Section(html, "sensitivity", "Sensitivity to each parameter",
            $"Mean, minimum and maximum {a.Input.Target} over the finished trials sharing each value of the parameter.");
        if (a.Varying.Count == 0)
        {
            html.Append("<p class=\"note\">n/a: no parameter took two or more values.</p>\n");
        }

        for (var i = 0; i < a.Varying.Count; i++)
        {
            html.Append("<h3>").Append(Escape(a.Varying[i])).Append("</h3>\n");
            PageShell.Chart(html, "sensitivity-" + Int(i));
            SweepTables.Sensitivity(html, "sensitivity-table-" + Int(i), a.Varying[i], a.Sensitivity(a.Varying[i]));
        }

        html.Append("</section>\n");
    }

    private static string Slug(string label) =>
        new([.. label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
