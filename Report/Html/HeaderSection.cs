using System.Text;
using Backtest.Report.Input;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>The run's identity: strategy, parameters, period, data source and fingerprint, engine version, order hash,
/// and a banner when the data are synthetic.</summary>
internal static class HeaderSection
{
    public static void Write(StringBuilder html, RunResult run)
    {
        if (run.Synthetic)
        {
            var notice = run.DataNotice.Length > 0 ? run.DataNotice : "SYNTHETIC DATA: not market history.";
            html.Append("<div id=\"synthetic-banner\" class=\"banner\">").Append(Escape(notice)).Append("</div>\n");
        }

        html.Append("<header id=\"header\"><h1>").Append(Escape(run.Algorithm)).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(html, "period", "Period", run.PeriodStart[..10] + " to " + run.PeriodEnd[..10]);
        Fact(html, "parameters", "Parameters", run.Parameters.Count == 0 ? "(none)" : string.Join("; ", run.Parameters.Select(p => p.Key + " = " + p.Value)));
        Fact(html, "data-source", "Data", run.DataFolder + (run.Synthetic ? " (synthetic)" : string.Empty));
        Fact(html, "fingerprint", "Data fingerprint", run.DataFingerprint);
        Fact(html, "engine-version", "Engine", "Backtest.Engine " + run.EngineVersion);
        Fact(html, "order-hash", "Order hash", run.OrderHash);
        Fact(html, "capital", "Starting capital / end equity", Money(run.StartingCapital) + " / " + Money(run.EndEquity));
        Fact(html, "orders", "Orders / fees", Int(run.TotalOrders) + " / " + Money(run.TotalFees));
        html.Append("</dl></header>\n");
    }

    private static void Fact(StringBuilder html, string id, string label, string value) =>
        html.Append("<dt>").Append(Escape(label)).Append("</dt><dd id=\"fact-").Append(id).Append("\">").Append(Escape(value)).Append("</dd>\n");
}
