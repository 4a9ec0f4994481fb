using Backtest.Data.Csv;
using Backtest.Data.Frames;
using Backtest.Data.Lean;

namespace Backtest.Data.Loading;

/// <summary>Aligns an observed rate series to a frame's time index without look-ahead.</summary>
public static class RateAligner
{
    /// <summary>
    /// For each index period, the last observation dated on or before the period's date (carried forward over days
    /// without observation), in the series' unit (percent per annum for FRED series). NaN before the first observation.
    /// </summary>
    public static double[] Align(RateSeries series, TimeIndex index)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(index);
        var aligned = new double[index.Count];
        var k = -1;
        for (var i = 0; i < aligned.Length; i++)
        {
            var date = DateOnly.FromDateTime(index.StartTimes[i]);
            while (k + 1 < series.Count && series.Dates[k + 1] <= date)
            {
                k++;
            }

            aligned[i] = k < 0 ? double.NaN : series.Values[k];
        }

        return aligned;
    }

    /// <summary>
    /// LEAN's risk-free rate for each index period's date (fraction per annum; see
    /// <see cref="RiskFreeRateSeries.GetInterestRate"/>). Never NaN: days before the first change point use the first value.
    /// </summary>
    public static double[] Align(RiskFreeRateSeries series, TimeIndex index)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(index);
        var aligned = new double[index.Count];
        for (var i = 0; i < aligned.Length; i++)
        {
            aligned[i] = series.GetInterestRate(DateOnly.FromDateTime(index.StartTimes[i]));
        }

        return aligned;
    }
}
