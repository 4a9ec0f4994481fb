using System.Globalization;
using System.Text.Json;
using Backtest.Report.Analysis;
using Backtest.Report.Input;

namespace Backtest.Report.Html;

/// <summary>
/// The JSON the page script draws from. Daily series are arrays aligned to "dates"; numbers are rounded (growth to 5,
/// fractions to 4, rolling ratios to 3 decimals) to keep 25 years of data small; NaN is written as null.
/// </summary>
internal static class ChartData
{
    private static readonly int[] Windows = [126, 252];

    public static string Single(RunAnalysis a)
    {
        return Write(w =>
        {
            w.WriteString("kind", "single");
            Dates(w, "dates", a.Strategy.Dates);
            Numbers(w, "strategyGrowth", a.Strategy.Growth, 5);
            Numbers(w, "benchmarkGrowth", a.Benchmark.Growth, 5);
            Numbers(w, "strategyDrawdown", a.Strategy.Drawdown, 4);
            Numbers(w, "benchmarkDrawdown", a.Benchmark.Drawdown, 4);
            w.WriteStartArray("worstDrawdowns");
            foreach (var d in a.WorstDrawdowns)
            {
                w.WriteStartArray();
                w.WriteStringValue(HtmlText.Date(d.Start));
                w.WriteStringValue(HtmlText.Date(d.Recovery ?? a.Strategy.Dates[^1]));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            Rolling(w, a);
            Annual(w, a);
            Histogram(w, a);
            Allocation(w, a);
            Panels(w, a.Run);
        });
    }

    public static string Comparison(IReadOnlyList<RunAnalysis> runs) => Write(w =>
    {
        w.WriteString("kind", "comparison");
        w.WriteStartArray("runs");
        foreach (var (a, i) in runs.Select((a, i) => (a, i)))
        {
            w.WriteStartObject();
            w.WriteString("name", ComparisonPage.RunLabel(a, i));
            Dates(w, "dates", a.Strategy.Dates);
            Numbers(w, "growth", a.Strategy.Growth, 5);
            Numbers(w, "drawdown", a.Strategy.Drawdown, 4);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Dates(w, "benchmarkDates", runs[0].Benchmark.Dates);
        Numbers(w, "benchmarkGrowth", runs[0].Benchmark.Growth, 5);
    });

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Rolling(Utf8JsonWriter w, RunAnalysis a)
    {
        var rfDaily = RiskMetrics.DailyRate(a.RiskFreeRate);
        w.WriteStartObject("rolling");
        foreach (var n in Windows)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            Numbers(w, "sharpe" + suffix, RollingStats.Sharpe(a.Strategy.Returns, n, rfDaily), 3);
            Numbers(w, "benchmarkSharpe" + suffix, RollingStats.Sharpe(a.Benchmark.Returns, n, rfDaily), 3);
            Numbers(w, "volatility" + suffix, RollingStats.Volatility(a.Strategy.Returns, n), 4);
            Numbers(w, "benchmarkVolatility" + suffix, RollingStats.Volatility(a.Benchmark.Returns, n), 4);
            Numbers(w, "beta" + suffix, RollingStats.Beta(a.Strategy.Returns, a.Benchmark.Returns, n), 3);
        }

        w.WriteEndObject();
    }

    private static void Annual(Utf8JsonWriter w, RunAnalysis a)
    {
        w.WriteStartObject("annual");
        w.WriteStartArray("years");
        foreach (var (year, _) in a.StrategyPeriods.Annual)
        {
            w.WriteStringValue(year.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteEndArray();
        Numbers(w, "strategy", a.StrategyPeriods.Annual.Select(y => y.Return).ToArray(), 4);
        Numbers(w, "benchmark", a.BenchmarkPeriods.Annual.Select(y => y.Return).ToArray(), 4);
        w.WriteEndObject();
    }

    private static void Histogram(Utf8JsonWriter w, RunAnalysis a)
    {
        var bins = ReturnHistogram.Compute(a.Strategy.Returns.AsSpan(1).ToArray(), a.Benchmark.Returns.AsSpan(1).ToArray(), 60);
        w.WriteStartObject("histogram");
        Numbers(w, "centers", bins.Centers, 5);
        Numbers(w, "strategy", bins.First.Select(c => (double)c).ToArray(), 0);
        Numbers(w, "benchmark", bins.Second.Select(c => (double)c).ToArray(), 0);
        w.WriteEndObject();
    }

    private static void Allocation(Utf8JsonWriter w, RunAnalysis a)
    {
        w.WriteStartObject("allocation");
        w.WriteBoolean("weights", a.Allocation.IsWeights);
        w.WriteString("end", HtmlText.Date(a.Strategy.Dates[^1]));
        w.WriteStartArray("series");
        foreach (var s in a.Allocation.Series)
        {
            Steps(w, s.Name, s.Points, thinFlatRuns: false);
        }

        w.WriteEndArray();
        w.WriteStartArray("regimes");
        foreach (var r in a.Regimes)
        {
            w.WriteStartArray();
            w.WriteStringValue(HtmlText.Date(r.Start));
            w.WriteStringValue(HtmlText.Date(r.End));
            Number(w, r.Value, 4);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Signal panels: each "Signals" series alone, every other chart (not Allocation or Regime) as one panel.</summary>
    private static void Panels(Utf8JsonWriter w, RunResult run)
    {
        w.WriteStartArray("panels");
        foreach (var plot in run.Chart("Signals"))
        {
            Panel(w, plot.Name, [plot]);
        }

        var others = run.Plots.Where(p => p.Chart is not ("Signals" or AllocationView.AllocationChart)).GroupBy(p => p.Chart);
        foreach (var chart in others)
        {
            Panel(w, chart.Key, chart.ToArray());
        }

        w.WriteEndArray();
    }

    private static void Panel(Utf8JsonWriter w, string title, IReadOnlyList<PlotSeries> series)
    {
        w.WriteStartObject();
        w.WriteString("title", title);
        w.WriteBoolean("step", string.Equals(title, RegimeSpan.RegimeChart, StringComparison.Ordinal));
        w.WriteStartArray("series");
        foreach (var s in series)
        {
            Steps(w, s.Name, s.Times.Select((t, i) => (DateOnly.FromDateTime(t), s.Values[i])).ToArray(), thinFlatRuns: true);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Steps(Utf8JsonWriter w, string name, IReadOnlyList<(DateOnly Date, double Value)> points, bool thinFlatRuns)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteStartArray("points");
        for (var i = 0; i < points.Count; i++)
        {
            // Inside a run of equal values the line is flat, so a lone panel draws only the run's ends (keeps regime and
            // streak panels of 25 years small without changing the picture). Stacked series must keep every point.
            var value = Math.Round(points[i].Value, 6, MidpointRounding.AwayFromZero);
            if (thinFlatRuns && i > 0 && i < points.Count - 1
                && value.Equals(Math.Round(points[i - 1].Value, 6, MidpointRounding.AwayFromZero))
                && value.Equals(Math.Round(points[i + 1].Value, 6, MidpointRounding.AwayFromZero)))
            {
                continue;
            }

            w.WriteStartArray();
            w.WriteStringValue(HtmlText.Date(points[i].Date));
            Number(w, value, 6);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Dates(Utf8JsonWriter w, string name, IReadOnlyList<DateOnly> dates)
    {
        w.WriteStartArray(name);
        foreach (var d in dates)
        {
            w.WriteStringValue(HtmlText.Date(d));
        }

        w.WriteEndArray();
    }

    internal static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values, int decimals)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            Number(w, v, decimals);
        }

        w.WriteEndArray();
    }

    internal static void Number(Utf8JsonWriter w, double value, int decimals)
    {
        if (double.IsFinite(value))
        {
            w.WriteRawValue(Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
