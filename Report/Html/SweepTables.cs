using System.Globalization;
using System.Text;
using Backtest.Report.Sweep;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>
/// The sweep report's tables and fact lists. Statistics are shown exactly as stored (LEAN's text); sort keys are the
/// same numbers without "%" or "$". Diagnostic probabilities show with 3 decimals; a figure that could not be
/// computed shows "n/a" and the reason.
/// </summary>
internal static class SweepTables
{
    /// <summary>Statistics shown for every trial besides the target.</summary>
    public static readonly string[] MainStatistics = ["Sharpe Ratio", "Compounding Annual Return", "Drawdown", "Net Profit", "Total Orders"];

    public static void Fact(StringBuilder html, string id, string label, string value) =>
        html.Append("<dt>").Append(Escape(label)).Append("</dt><dd id=\"fact-").Append(id).Append("\">").Append(Escape(value)).Append("</dd>\n");

    public static void Best(StringBuilder html, SweepAnalysis a)
    {
        var d = a.Input.Diagnostics;
        html.Append("<dl class=\"facts\" id=\"best-facts\">\n");
        if (a.Best is { } best)
        {
            Item(html, "best-trial", "Best trial", Int(best.Number), $"rank 1 of {Int(a.Ranked.Count)} accepted");
            Item(html, "best-target", a.Input.Target, Statistic(best, a.Input.Target), null);
            Item(html, "best-parameters", "Parameters", Parameters(best), null);
            if (best.TearSheet is { } link)
            {
                html.Append("<dt>Tear sheet</dt><dd id=\"best-tearsheet\"><a href=\"").Append(Escape(link)).Append("\">open</a></dd>\n");
            }
        }
        else
        {
            Item(html, "best-trial", "Best trial", NotAvailable, "no finished trial met the constraints");
        }

        Item(html, "diag-trials", "Trials", Int(d.Trials), $"{Int(d.Finished)} finished, {Int(d.Failed)} failed");
        Figure(html, "diag-dsr", "Deflated Sharpe ratio", d.DeflatedSharpe);
        Figure(html, "diag-pbo", "Probability of backtest overfitting (CSCV)", d.Overfitting);
        var edge = d.EdgeParameters is null ? NotAvailable : d.EdgeParameters.Count == 0 ? "no" : "YES: " + string.Join(", ", d.EdgeParameters);
        Item(html, "diag-edge", "Best value on the edge of the range", edge, d.EdgeNote);
        Figure(html, "diag-degradation", "Walk-forward degradation (1 - OOS/IS)", d.Degradation);
        html.Append("</dl>\n");
    }

    public static void Trials(StringBuilder html, SweepAnalysis a)
    {
        var input = a.Input;
        var shown = MainStatistics.Where(s => !string.Equals(s, input.Target, StringComparison.OrdinalIgnoreCase)).ToArray();
        html.Append("<table id=\"trials-table\" class=\"sortable\"><thead><tr><th>Rank</th><th>Trial</th>");
        foreach (var name in input.ParameterNames.Concat([input.Target]).Concat(shown).Concat(["Status", "Error", "Tear sheet"]))
        {
            html.Append("<th>").Append(Escape(name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var trial in a.Ordered)
        {
            html.Append("<tr data-trial=\"").Append(Int(trial.Number)).Append("\">");
            Cell(html, "rank", trial.Rank is { } r ? Int(r) : string.Empty, trial.Rank is { } k ? Int(k) : null);
            Cell(html, "number", Int(trial.Number), Int(trial.Number));
            foreach (var name in input.ParameterNames)
            {
                var value = trial.Parameter(name);
                Cell(html, "parameter", value, SortKey(value));
            }

            var target = Statistic(trial, input.Target);
            Cell(html, "target", target, trial.Target is { } t && double.IsFinite(t) ? Raw(t) : null);
            foreach (var name in shown)
            {
                var text = Statistic(trial, name);
                Cell(html, "statistic", text, SortKey(text));
            }

            Cell(html, "status", Status(trial), null);
            Cell(html, "error", trial.Error ?? string.Empty, null);
            html.Append("<td class=\"tearsheet\">");
            if (trial.TearSheet is { } link)
            {
                html.Append("<a href=\"").Append(Escape(link)).Append("\">tear sheet</a>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    public static void Sensitivity(StringBuilder html, string id, string name, IReadOnlyList<TargetSummary> rows)
    {
        var t = new TableWriter(html, id, sortable: true);
        t.Head(name, "Trials", "Mean", "Min", "Max");
        foreach (var row in rows)
        {
            t.Row((row.Value, SortKey(row.Value)), (Int(row.Count), Int(row.Count)), (Fixed(row.Mean, 4), Raw(row.Mean)),
                (Fixed(row.Min, 4), Raw(row.Min)), (Fixed(row.Max, 4), Raw(row.Max)));
        }

        t.End();
    }

    public static void Windows(StringBuilder html, IReadOnlyList<SweepReportWindow> windows)
    {
        var t = new TableWriter(html, "windows-table", sortable: false);
        t.Head("Window", "In sample", "Out of sample", "IS trials", "Best in-sample parameters", "IS target", "OOS target");
        foreach (var w in windows)
        {
            t.Row((Int(w.Number), null), (Date(w.InSampleStart) + " to " + Date(w.InSampleEnd), null),
                (Date(w.OutOfSampleStart) + " to " + Date(w.OutOfSampleEnd), null), (Int(w.InSampleTrials), null),
                (w.BestParameters.Length == 0 ? NotAvailable : w.BestParameters, null),
                (w.InSampleTarget is { } i ? Fixed(i, 4) : NotAvailable, null), (w.OutOfSampleTarget is { } o ? Fixed(o, 4) : NotAvailable, null));
        }

        t.End();
    }

    /// <summary>The stored text of statistic <paramref name="name"/> (matched ignoring case, as the optimizer reads it), or "".</summary>
    public static string Statistic(SweepReportTrial trial, string name)
    {
        if (trial.Statistics.TryGetValue(name, out var exact))
        {
            return exact;
        }

        return trial.Statistics.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;
    }

    private static string Status(SweepReportTrial trial) =>
        !trial.Finished ? "failed" : trial.Rank is null ? "rejected" : "accepted";

    private static string Parameters(SweepReportTrial trial) =>
        trial.Parameters.Count == 0 ? "(none)" : string.Join("; ", trial.Parameters.Select(p => p.Key + " = " + p.Value));

    private static string? SortKey(string text) =>
        SweepAnalysis.Number(text) is { } n ? n.ToString(CultureInfo.InvariantCulture) : null;

    private static void Cell(StringBuilder html, string cssClass, string text, string? sort)
    {
        html.Append("<td class=\"").Append(cssClass).Append('"');
        if (sort is not null)
        {
            html.Append(" data-sort=\"").Append(Escape(sort)).Append('"');
        }

        html.Append('>').Append(Escape(text)).Append("</td>");
    }

    private static void Item(StringBuilder html, string id, string label, string value, string? note)
    {
        html.Append("<dt>").Append(Escape(label)).Append("</dt><dd id=\"").Append(id).Append("\"><span class=\"value\">").Append(Escape(value)).Append("</span>");
        if (!string.IsNullOrEmpty(note))
        {
            html.Append(" <span class=\"note\">(").Append(Escape(note)).Append(")</span>");
        }

        html.Append("</dd>\n");
    }

    private static void Figure(StringBuilder html, string id, string label, SweepFigure figure) =>
        Item(html, id, label, figure.Value is { } v ? Fixed(v, 3) : NotAvailable, figure.Note);
}
