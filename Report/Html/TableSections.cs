using System.Text;
using Backtest.Report.Analysis;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>The tear sheet's tables: worst drawdowns, named periods, trades and orders.</summary>
internal static class TableSections
{
    public static void WorstDrawdowns(StringBuilder html, RunAnalysis a)
    {
        var t = new TableWriter(html, "drawdown-table", sortable: false);
        t.Head("#", "Start (peak)", "Trough", "Recovery", "Depth", "Length (calendar days)");
        var rank = 1;
        foreach (var d in a.WorstDrawdowns)
        {
            t.Row((Int(rank++), null), (Date(d.Start), null), (Date(d.Trough), null), (d.Recovery is { } r ? Date(r) : "not recovered", null),
                (Percent(d.Depth), Raw(d.Depth)), (Int(d.LengthDays), null));
        }

        t.End();
    }

    public static void NamedPeriods(StringBuilder html, RunAnalysis a)
    {
        var t = new TableWriter(html, "named-periods-table", sortable: false);
        t.Head("Period", "From", "To", "Strategy", "Benchmark", "Difference");
        var any = false;
        foreach (var p in NamedPeriod.Known)
        {
            if (p.Measure(a.Strategy) is not { } s || p.Measure(a.Benchmark) is not { } b)
            {
                continue;
            }

            any = true;
            var name = s.Partial ? p.Name + " (partial)" : p.Name;
            t.Row((name, null), (Date(p.Start), null), (Date(p.End), null), (Percent(s.Return), Raw(s.Return)),
                (Percent(b.Return), Raw(b.Return)), (Percent(s.Return - b.Return), null));
        }

        t.End();
        if (!any)
        {
            html.Append("<p class=\"note\">No named period overlaps this run.</p>\n");
        }
    }

    public static void Trades(StringBuilder html, RunAnalysis a)
    {
        var t = new TableWriter(html, "trades-table", sortable: true);
        t.Head("Symbol", "Direction", "Entry", "Entry price", "Exit", "Exit price", "Quantity", "P&L", "Fees", "MAE", "MFE");
        foreach (var x in a.Run.Trades)
        {
            t.Row((x.Symbol, null), (x.Direction, null), (Time(x.EntryTime), null), (Fixed(x.EntryPrice, 4), Raw(x.EntryPrice)),
                (Time(x.ExitTime), null), (Fixed(x.ExitPrice, 4), Raw(x.ExitPrice)), (Quantity(x.Quantity), Raw(x.Quantity)),
                (Money(x.ProfitLoss), Raw(x.ProfitLoss)), (Money(x.Fees), Raw(x.Fees)), (Money(x.Mae), Raw(x.Mae)), (Money(x.Mfe), Raw(x.Mfe)));
        }

        t.End();
    }

    public static void Orders(StringBuilder html, RunAnalysis a)
    {
        var t = new TableWriter(html, "orders-table", sortable: true);
        t.Head("Id", "Time", "Symbol", "Type", "Quantity", "Status", "Fill time", "Fill price", "Fee", "Tag");
        foreach (var o in a.Run.Orders)
        {
            t.Row((Int(o.Id), Int(o.Id)), (Time(o.Time), null), (o.Symbol, null), (o.Type, null), (Quantity(o.Quantity), Raw(o.Quantity)),
                (o.Status, null), (o.FillTime is { } f ? Time(f) : string.Empty, null), (Fixed(o.FillPrice, 4), Raw(o.FillPrice)),
                (Money(o.Fee), Raw(o.Fee)), (o.Tag, null));
        }

        t.End();
    }
}
