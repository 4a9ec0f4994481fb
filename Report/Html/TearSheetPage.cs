using System.Text;
using Backtest.Report.Analysis;

namespace Backtest.Report.Html;

/// <summary>The single-run tear sheet: header, metrics, charts and tables in a fixed order.</summary>
internal static class TearSheetPage
{
    public static string Render(RunAnalysis a, string echarts)
    {
        var html = new StringBuilder();
        HeaderSection.Write(html, a.Run);
        html.Append("<main>\n");
        PageShell.Section(html, "metrics", "Key metrics", "Hover a row for its convention. Strategy and benchmark share one convention; the LEAN column is LEAN's own figure.");
        MetricsSection.Write(html, a);
        html.Append("</section>\n");
        PageShell.Section(html, "cumulative", "Cumulative returns vs benchmark");
        html.Append("<div class=\"toolbar\"><button type=\"button\" id=\"log-toggle\" data-scale=\"linear\">Log scale</button></div>\n");
        PageShell.Chart(html, "cumulative");
        html.Append("</section>\n");
        PageShell.Section(html, "drawdown", "Drawdown (underwater)", "The five deepest drawdowns are shaded.");
        PageShell.Chart(html, "drawdown");
        TableSections.WorstDrawdowns(html, a);
        html.Append("</section>\n");
        PageShell.Section(html, "allocation", "Allocation over time", a.Allocation.IsWeights
            ? "Weights from the strategy's Allocation plot" + (a.Regimes.Count > 0 ? "; background bands are the Regime plot." : ".")
            : "Position quantities (shares) rebuilt from filled orders; the strategy plotted no Allocation weights.");
        PageShell.Chart(html, "allocation");
        html.Append("</section>\n");
        PageShell.Section(html, "signals", "Signals", "Plotted series on the run's time axis.");
        html.Append("<div id=\"signal-panels\"></div>\n");
        html.Append("</section>\n");
        PageShell.Section(html, "monthly", "Monthly returns", "Calendar-month returns of the strategy (compounded daily returns); last column: the year.");
        MonthlyHeatmap.Write(html, a.StrategyPeriods);
        html.Append("</section>\n");
        PageShell.Section(html, "annual", "Annual returns vs benchmark");
        PageShell.Chart(html, "annual");
        html.Append("</section>\n");
        PageShell.Section(html, "rolling", "Rolling statistics", "Trailing 126 and 252 trading days; Sharpe and volatility annualised with 252 periods.");
        PageShell.Chart(html, "rolling-sharpe");
        PageShell.Chart(html, "rolling-volatility");
        PageShell.Chart(html, "rolling-beta");
        html.Append("</section>\n");
        PageShell.Section(html, "distribution", "Distribution of daily returns");
        PageShell.Chart(html, "histogram");
        html.Append("</section>\n");
        PageShell.Section(html, "named-periods", "Named periods", "Return from the close on the first date to the close on the last (partial: clipped to the run).");
        TableSections.NamedPeriods(html, a);
        html.Append("</section>\n");
        PageShell.Section(html, "lean-statistics", "LEAN statistics", "As computed by the engine under LEAN's names and definitions.");
        MetricsSection.WriteLean(html, a);
        html.Append("</section>\n");
        PageShell.Section(html, "trades", "Trades", "Closed trades, fill to fill (FIFO). Click a header to sort.");
        TableSections.Trades(html, a);
        html.Append("</section>\n");
        PageShell.Section(html, "orders", "Orders", "Click a header to sort.");
        TableSections.Orders(html, a);
        html.Append("</section>\n</main>\n");
        return PageShell.Wrap(a.Run.Algorithm + " tear sheet", html, ChartData.Single(a), echarts);
    }
}
