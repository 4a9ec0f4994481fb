namespace Backtest.Report.Analysis;

/// <summary>
/// A value series per trading day (equity or benchmark price) with its derived daily returns, growth and drawdown.
/// NaN values are carried forward from the previous finite value; leading NaNs take the first finite value, so a
/// benchmark that starts late shows flat, never as a jump. All rates are fractions.
/// </summary>
internal sealed class PerformanceSeries
{
    private PerformanceSeries(DateOnly[] dates, double[] values)
    {
        Dates = dates;
        Values = values;
        var n = values.Length;
        Returns = new double[n];
        Growth = new double[n];
        Drawdown = new double[n];
        var peak = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            Returns[i] = i == 0 ? 0 : values[i] / values[i - 1] - 1;
            Growth[i] = values[i] / values[0];
            peak = Math.Max(peak, values[i]);
            Drawdown[i] = values[i] / peak - 1;
        }
    }

    public DateOnly[] Dates { get; }

    /// <summary>The values after carrying NaNs forward.</summary>
    public double[] Values { get; }

    /// <summary>r_i = V_i / V_(i-1) - 1; r_0 = 0 (no return on the first day).</summary>
    public double[] Returns { get; }

    /// <summary>V_i / V_0: the growth of one unit invested at the first close.</summary>
    public double[] Growth { get; }

    /// <summary>V_i / max(V_0..V_i) - 1, zero or negative.</summary>
    public double[] Drawdown { get; }

    public int Count => Values.Length;

    /// <summary>True when the series has at least two points and a positive first value.</summary>
    public bool IsUsable => Values.Length >= 2 && Values[0] > 0;

    /// <summary>Builds the series; an all-NaN input gives a series of ones so that charts still draw.</summary>
    public static PerformanceSeries From(DateOnly[] dates, double[] raw)
    {
        var values = new double[raw.Length];
        var first = Array.FindIndex(raw, double.IsFinite);
        var last = first < 0 ? 1.0 : raw[first];
        for (var i = 0; i < raw.Length; i++)
        {
            if (double.IsFinite(raw[i]))
            {
                last = raw[i];
            }

            values[i] = last;
        }

        return new PerformanceSeries(dates, values);
    }

    /// <summary>Index of the last date on or before <paramref name="date"/>, or -1 when all dates are later.</summary>
    public int IndexOnOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(Dates, date);
        return i >= 0 ? i : ~i - 1;
    }
}
