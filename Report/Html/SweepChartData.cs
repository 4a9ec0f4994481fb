using System.Text.Json;
using Backtest.Report.Sweep;

namespace Backtest.Report.Html;

/// <summary>
/// The JSON sweepreport.js draws from: heat maps (cells as [x index, y index, mean target]), per-parameter
/// sensitivity (mean, min, max per value), the Sharpe histogram, the growth of 1 for the best and median trials (with
/// their dates when known) and a walk-forward's stitched out-of-sample equity with the first date of each window.
/// Targets are rounded to 6 decimals, growth to 5; NaN is written as null.
/// </summary>
internal static class SweepChartData
{
    public static string Of(SweepAnalysis a) => ChartData.Write(w =>
    {
        w.WriteString("kind", "sweep");
        w.WriteString("target", a.Input.Target);
        w.WriteStartArray("heatmaps");
        foreach (var (x, y) in a.Pairs())
        {
            HeatMap(w, a.Heat(x, y));
        }

        w.WriteEndArray();
        w.WriteStartArray("sensitivity");
        foreach (var name in a.Varying)
        {
            Sensitivity(w, name, a.Sensitivity(name));
        }

        w.WriteEndArray();
        var histogram = a.SharpeHistogram();
        w.WriteStartObject("sharpe");
        ChartData.Numbers(w, "centers", histogram.Centers, 4);
        ChartData.Numbers(w, "counts", histogram.First.Select(c => (double)c).ToArray(), 0);
        w.WriteEndObject();
        Equity(w, a);
        Stitched(w, a.Input.Stitched);
    });

    private static void HeatMap(Utf8JsonWriter w, HeatMap map)
    {
        w.WriteStartObject();
        w.WriteString("x", map.X);
        w.WriteString("y", map.Y);
        Texts(w, "xValues", map.XValues);
        Texts(w, "yValues", map.YValues);
        w.WriteStartArray("cells");
        foreach (var cell in map.Cells)
        {
            w.WriteStartArray();
            w.WriteNumberValue(cell.X);
            w.WriteNumberValue(cell.Y);
            ChartData.Number(w, cell.Mean, 6);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Sensitivity(Utf8JsonWriter w, string name, IReadOnlyList<TargetSummary> rows)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        Texts(w, "values", rows.Select(r => r.Value).ToArray());
        ChartData.Numbers(w, "mean", rows.Select(r => r.Mean).ToArray(), 6);
        ChartData.Numbers(w, "min", rows.Select(r => r.Min).ToArray(), 6);
        ChartData.Numbers(w, "max", rows.Select(r => r.Max).ToArray(), 6);
        w.WriteEndObject();
    }

    private static void Equity(Utf8JsonWriter w, SweepAnalysis a)
    {
        w.WriteStartArray("equity");
        if (a.Best is { } best && a.Median is { } median)
        {
            Curve(w, "Best: trial " + HtmlText.Int(best.Number), best);
            if (median.Number != best.Number)
            {
                Curve(w, "Median: trial " + HtmlText.Int(median.Number), median);
            }
        }

        w.WriteEndArray();
        if (a.EquityDates() is { } dates)
        {
            ChartData.Dates(w, "equityDates", dates);
        }
    }

    private static void Stitched(Utf8JsonWriter w, IReadOnlyList<StitchedPoint>? points)
    {
        if (points is null)
        {
            return;
        }

        w.WriteStartObject("walkForward");
        ChartData.Dates(w, "dates", [.. points.Select(p => p.Date)]);
        ChartData.Numbers(w, "equity", [.. points.Select(p => p.Equity)], 6);
        w.WriteStartArray("windows");
        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0 || points[i].Window != points[i - 1].Window)
            {
                w.WriteStartObject();
                w.WriteNumber("number", points[i].Window);
                w.WriteString("start", HtmlText.Date(points[i].Date));
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Curve(Utf8JsonWriter w, string name, SweepReportTrial trial)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        ChartData.Numbers(w, "growth", SweepAnalysis.Growth(trial.DailyReturns), 5);
        w.WriteEndObject();
    }

    private static void Texts(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
