namespace Backtest.Engine.Statistics;

/// <summary>
/// Conversions from the engine's doubles to the <c>decimal</c> values LEAN prints. LEAN computes money in
/// <c>decimal</c>, and a decimal remembers its scale: 104486.2200 (scale 4) rounded to 2 decimals prints
/// "104486.22", 98919.6000 prints "98919.60", while the untouched cash 100000 (scale 0) prints "100000" and a
/// value built only from one-decimal operands, such as 94421.6, prints "94421.6". LEAN's equity points are
/// Math.Round(TPV, 4) of a TPV that has at least 4 decimals as soon as a price (deci-cents x 0.0001) entered
/// it, i.e. after the first fill. We therefore rebuild the decimal with an explicit scale chosen by the caller.
/// </summary>
public static class LeanDecimal
{
    /// <summary>Rounds <paramref name="value"/> to <paramref name="scale"/> decimals (midpoint to even, as
    /// Math.Round on decimals) and pads the scale to exactly <paramref name="scale"/> digits.</summary>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the decimal range.</exception>
    public static decimal WithScale(double value, int scale)
    {
        var rounded = Math.Round((decimal)value, scale);
        return rounded + new decimal(0, 0, 0, false, (byte)scale);
    }

    /// <summary>Converts a double to decimal, mapping NaN and infinities to 0 (LEAN's SafeDecimalCast role).</summary>
    public static decimal Safe(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return 0m;
        }

        if (value >= (double)decimal.MaxValue)
        {
            return decimal.MaxValue;
        }

        return value <= (double)decimal.MinValue ? decimal.MinValue : (decimal)value;
    }
}
