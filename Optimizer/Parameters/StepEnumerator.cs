namespace Backtest.Optimizer.Parameters;

/// <summary>
/// LEAN's OptimizationStepParameterEnumerator: min, min + step, min + 2*step, ... while the value is &lt;= max.
/// Each value is computed as min + k*step in decimal, so nothing accumulates rounding error.
/// </summary>
internal static class StepEnumerator
{
    /// <summary>floor((max - min) / step) + 1, LEAN's estimate for one parameter.</summary>
    public static long Count(decimal min, decimal max, decimal step) =>
        (long)decimal.Floor((max - min) / step) + 1;

    public static decimal[] Values(decimal min, decimal max, decimal step)
    {
        var count = Count(min, max, step);
        var values = new decimal[count];
        for (var k = 0; k < count; k++)
        {
            values[k] = min + (k * step);
        }

        return values;
    }
}
