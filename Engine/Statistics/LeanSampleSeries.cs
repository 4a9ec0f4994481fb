namespace Backtest.Engine.Statistics;

/// <summary>
/// Builds the statistics inputs from LEAN's daily samples (SEMANTICS.md F.1-F.3). A daily sample is taken at
/// 00:00 of every calendar day from the start plus one final sample; the caller supplies the sampled values.
/// </summary>
public static class LeanSampleSeries
{
    /// <summary>
    /// Performance list P: for each sample i, round((TPV_i - TPV_{i-1}) x 100 / TPV_{i-1}, 10) percent with
    /// TPV_{-1} = <paramref name="startingCapital"/>, as a fraction; samples 0 and 1 are dropped. Computed in
    /// decimal like LEAN. A previous value of 0 gives a 0 change. Fewer than 3 samples give an empty list.
    /// </summary>
    public static double[] PerformanceList(decimal startingCapital, ReadOnlySpan<double> totalPortfolioValues)
    {
        var count = Math.Max(0, totalPortfolioValues.Length - 2);
        var result = new double[count];
        var previous = startingCapital;
        for (var i = 0; i < totalPortfolioValues.Length; i++)
        {
            var current = (decimal)totalPortfolioValues[i];
            var percent = previous == 0 ? 0m : Math.Round((current - previous) * 100 / previous, 10);
            if (i >= 2)
            {
                result[i - 2] = (double)(percent / 100);
            }

            previous = current;
        }

        return result;
    }

    /// <summary>
    /// Benchmark list B: relative changes (v_i - v_{i-1}) / v_{i-1} of the sampled benchmark values
    /// (0 when v_{i-1} is 0), first change dropped, so it aligns with <see cref="PerformanceList"/>.
    /// Pass values already passed through <see cref="SmartRound"/>.
    /// </summary>
    public static double[] BenchmarkList(ReadOnlySpan<decimal> benchmarkValues)
    {
        var count = Math.Max(0, benchmarkValues.Length - 2);
        var result = new double[count];
        for (var i = 2; i < benchmarkValues.Length; i++)
        {
            var previous = benchmarkValues[i - 1];
            var current = benchmarkValues[i];
            // An unchanged positive value (every weekend and holiday) differs by a decimal zero: the change is +0.
            result[i - 2] = previous == 0 || (current == previous && previous > 0) ? 0 : (double)((current - previous) / previous);
        }

        return result;
    }

    /// <summary>LEAN's SmartRounding (A.5): values above 1000 to 4 decimals, others to 7 significant digits.</summary>
    public static decimal SmartRound(decimal value)
    {
        if (value > 1000)
        {
            return Math.Round(value, 4);
        }

        if (value == 0)
        {
            return 0m;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = Math.Clamp(6 - magnitude, 0, 28);
        return Math.Round(value, decimals);
    }

    /// <summary>
    /// LEAN's statistics risk-free rate (F.3): the mean of <paramref name="annualRateOn"/>(key date) over every key
    /// of the equity series, so days with intraday samples weigh more. Empty keys give 0. The lookup returns
    /// annual fractions.
    /// </summary>
    public static double MeanRiskFreeRate(ReadOnlySpan<DateTime> equityTimes, Func<DateTime, double> annualRateOn)
    {
        if (equityTimes.Length == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var time in equityTimes)
        {
            sum += annualRateOn(time.Date);
        }

        return sum / equityTimes.Length;
    }
}
