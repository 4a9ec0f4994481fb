namespace Backtest.Report.Analysis;

/// <summary>
/// Counts of two return samples over shared equal-width bins spanning both samples' range (fractions). A value equal to
/// the upper edge falls in the last bin; non-finite values are not counted.
/// </summary>
internal sealed record ReturnHistogram(double[] Centers, int[] First, int[] Second)
{
    public static ReturnHistogram Compute(double[] first, double[] second, int bins)
    {
        var all = first.Concat(second).Where(double.IsFinite).ToArray();
        var lo = all.Length == 0 ? -0.01 : all.Min();
        var hi = all.Length == 0 ? 0.01 : all.Max();
        var width = hi > lo ? (hi - lo) / bins : 0.001;
        var centers = Enumerable.Range(0, bins).Select(i => lo + (i + 0.5) * width).ToArray();
        return new ReturnHistogram(centers, Count(first, lo, width, bins), Count(second, lo, width, bins));
    }

    private static int[] Count(double[] values, double lo, double width, int bins)
    {
        var counts = new int[bins];
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                counts[Math.Clamp((int)((v - lo) / width), 0, bins - 1)]++;
            }
        }

        return counts;
    }
}
