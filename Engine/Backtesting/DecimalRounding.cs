namespace Backtest.Engine.Backtesting;

/// <summary>
/// The decimal roundings of LEAN's result sampling, computed in integers and doubles with bit-identical results.
/// Each method returns exactly what the decimal expression in its summary returns: a double converted to decimal
/// keeps 15 significant digits (the runtime scales it to a 15-digit integer with one double multiply and rounds that
/// half-to-even), Math.Round on a decimal is half-to-even on the exact decimal value, and a decimal converted back is
/// the correctly rounded double of mantissa / 10^scale. The fast path covers positive values between about 1e-13 and
/// 1e14 and modest daily changes; anything else (zero, negatives, NaN, huge jumps) takes the decimal expression
/// itself, so every input gives the decimal answer. Sampling runs once per calendar day, where the decimal
/// arithmetic cost ~250 ns a day (BDN DecimalSamplingBenchmarks).
/// </summary>
internal static class DecimalRounding
{
    // Scales stop at 22 so that every power of ten used as a double divisor is exact.
    private const int MaxScale = 22;

    // Powers of ten as doubles (all exact), the runtime's own factors for this range.
    private static readonly double[] DoublePowers =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    private static readonly Int128[] IntegerPowers = BuildIntegerPowers();

    /// <summary>(double)Math.Round((decimal)value, places) for places in 0..10.</summary>
    public static double Round(double value, int places) => Round(Decompose(value), places);

    /// <summary><see cref="Round(double, int)"/> of a value already decomposed (a caller rounding and differencing the
    /// same value decomposes it once).</summary>
    public static double Round(in DecimalParts value, int places) =>
        value.Exact ? RoundParts(value.Mantissa, value.Scale, places) : (double)Math.Round((decimal)value.Value, places);

    /// <summary>(double)Math.Round(((decimal)value - (decimal)previous) * 100m / (decimal)previous, 10): LEAN's daily
    /// performance point in percent.</summary>
    public static double PercentChange(double value, double previous) => PercentChange(Decompose(value), Decompose(previous));

    /// <summary><see cref="PercentChange(double, double)"/> of values already decomposed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double PercentChange(in DecimalParts value, in DecimalParts previous)
    {
        if (value.Exact && previous.Exact && value.Scale == previous.Scale)
        {
            // The usual case (equity of the same order of magnitude on both days): 100 * 10^10 * (a - b) / b is
            // |a - b| * 10^12 / b in units of 10^-10 %. In doubles: a - b and b are exact (below 2^53), the product and
            // the quotient each round once, so the quotient (below 10^12) is within 2.3e-4 of the true one. Unless its
            // fraction is within 1e-3 of a half, rounding it to an integer gives the exact answer. Written without
            // data-dependent branches: whether a day rounds up, or is a gain or a loss, is a coin flip the CPU cannot
            // predict. An unchanged value gives +0 like decimal.
            var difference = value.Mantissa - previous.Mantissa;
            var estimate = Math.Abs((double)difference) * 1e12 / previous.Mantissa;
            var rounded = Math.Round(estimate);
            var fraction = estimate - Math.Floor(estimate);
            if (estimate < 1e12 - 1 && Math.Abs(fraction - 0.5) > 1e-3 && (difference >= 0 || rounded != 0))
            {
                return Math.CopySign(rounded / 1e10, difference);
            }
        }

        return PercentChangeExact(value, previous);
    }

    /// <summary><see cref="PercentChange(in DecimalParts, in DecimalParts)"/> beyond its one-rounding case: near a half,
    /// across scales, or outside the integer range (the decimal expression itself).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static double PercentChangeExact(in DecimalParts value, in DecimalParts previous)
    {
        // An unchanged value in range never gets here: it is the one-rounding case's +0.
        if (value.Exact && previous.Exact && TryPercentChange(value.Mantissa, value.Scale, previous.Mantissa, previous.Scale, out var result))
        {
            return result;
        }

        return (double)Math.Round(((decimal)value.Value - (decimal)previous.Value) * 100m / (decimal)previous.Value, 10);
    }

    /// <summary>(double)((decimal)value / 100m): a sampled percentage as the fraction LEAN's statistics read. The quotient
    /// is exact in decimal (mantissa / 10^(scale + 2)), and the conversion back divides the mantissa by the power of ten
    /// in doubles, so below scale 21 the same double division gives the same bits.</summary>
    public static double PercentToFraction(double value)
    {
        if (value != 0 && TryDecompose(Math.Abs(value), out var mantissa, out var scale) && scale + 2 <= MaxScale)
        {
            var fraction = mantissa / DoublePowers[scale + 2];
            return value < 0 ? -fraction : fraction;
        }

        return (double)((decimal)value / 100m);
    }

    /// <summary>The decimal (decimal)<paramref name="value"/> as mantissa and scale when in the fast path's range.</summary>
    public static DecimalParts Decompose(double value) =>
        TryDecompose(value, out var mantissa, out var scale) ? new DecimalParts(value, mantissa, scale, true) : new DecimalParts(value, 0, 0, false);

    /// <summary>LEAN's SmartRounding of a decimal made from <paramref name="value"/>: above 1000 in magnitude
    /// Math.Round to 4 decimals, else scale * Math.Round(d / scale, 7) with scale = 10^(floor(log10 |d|) + 1),
    /// i.e. 7 significant digits.</summary>
    public static double SmartRound(double value)
    {
        if (value == 0)
        {
            return 0;
        }

        if (!TryDecompose(value, out var mantissa, out var scale))
        {
            return SmartRoundDecimal(value);
        }

        // d > 1000 compares the decimal, which may differ from the double in its 16th digit.
        if (mantissa > 1000 * (Int128)Pow10(scale))
        {
            return RoundParts(mantissa, scale, 4);
        }

        var exponent = (int)Math.Floor(Math.Log10(mantissa / DoublePowers[scale])) + 1;
        var places = 7 - exponent;
        if (places > MaxScale || scale + exponent > 28)
        {
            return SmartRoundDecimal(value);
        }

        return RoundParts(mantissa, scale, places);
    }

    /// <summary>The decimal reference of <see cref="SmartRound"/>, also the fallback outside the fast path.</summary>
    internal static double SmartRoundDecimal(double value)
    {
        var d = (decimal)value;
        if (d > 1000 || d < -1000)
        {
            return (double)Math.Round(d, 4);
        }

        if (d == 0)
        {
            return 0;
        }

        var exponent = (int)Math.Floor(Math.Log10((double)Math.Abs(d))) + 1;
        var scale = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            scale *= 10m;
        }

        scale = exponent >= 0 ? scale : 1m / scale;
        return (double)(scale * Math.Round(d / scale, 7));
    }

    /// <summary>
    /// The decimal that (decimal)value produces, as mantissa / 10^scale with a 15-digit mantissa; false outside the
    /// covered range (non-positive, non-finite, below ~1e-13 where the scale would clip at 28, or at and above 1e14
    /// where the runtime scales down instead of up).
    /// </summary>
    private static bool TryDecompose(double value, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        if (!(value > 0) || value >= 1e14 || !double.IsFinite(value))
        {
            return false;
        }

        var exponent = (int)((BitConverter.DoubleToInt64Bits(value) >> 52) & 0x7FF) - 1022;
        var power = 14 - ((exponent * 19728) >> 16);
        if (power < 0 || power >= MaxScale)
        {
            return false;
        }

        var scaled = value * DoublePowers[power];
        if (scaled < 1e14)
        {
            scaled *= 10;
            power++;
        }

        mantissa = (long)Math.Round(scaled, MidpointRounding.ToEven);
        scale = power;
        return true;
    }

    /// <summary>mantissa / 10^scale rounded half-to-even to <paramref name="places"/> decimals, as a double.</summary>
    private static double RoundParts(long mantissa, int scale, int places)
    {
        if (scale <= places)
        {
            return mantissa / DoublePowers[scale];
        }

        var drop = scale - places;
        if (drop > 18)
        {
            // Fewer than one unit of the last kept place: 15 digits dropped entirely round to zero.
            return 0;
        }

        var divisor = (long)Pow10(drop);
        var quotient = Math.DivRem(mantissa, divisor, out var remainder);
        var twice = remainder * 2;
        // Half to even without a branch on the digits (rounding up is a coin flip from one sample to the next).
        var up = (twice > divisor) | ((twice == divisor) & ((quotient & 1) != 0));
        return (quotient + (up ? 1 : 0)) / DoublePowers[places];
    }

    private static bool TryPercentChange(long a, int scaleA, long b, int scaleB, out double result)
    {
        result = 0;
        if (scaleA == scaleB)
        {
            // Same scale, left by the one-rounding case (near a half, or a loss rounding to a negative zero): the exact
            // quotient and remainder in integers, with a 64 x 64 -> 128-bit product divided without Int128's software
            // division.
            var below = a < b;
            var high = Math.BigMul((ulong)(below ? b - a : a - b), 1_000_000_000_000UL, out var low);
            return TryDivide(new UInt128(high, low), (ulong)b, out var units, out var remainder)
                && TryRoundPercent(units, remainder, (ulong)b, below, out result);
        }

        var common = Math.Max(scaleA, scaleB);
        // 100 * 10^10 * (a - b) / b with both operands at the common scale; b's own scale cancels against it.
        var shift = 12 + scaleB - common;
        if (common - Math.Min(scaleA, scaleB) > 6 || shift < 0)
        {
            return false;
        }

        var difference = ((Int128)a * Pow10(common - scaleA)) - ((Int128)b * Pow10(common - scaleB));
        var numerator = (UInt128)Int128.Abs(difference) * (UInt128)Pow10(shift);
        return TryDivide(numerator, (ulong)b, out var q, out var r) && TryRoundPercent(q, r, (ulong)b, difference < 0, out result);
    }

    /// <summary>
    /// numerator / divisor for a quotient below ~10^12 (false above, where no percentage of ours lies): estimated in
    /// doubles (relative error ~1e-16, so within one of the truth) and corrected with exact 128-bit products.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryDivide(UInt128 numerator, ulong divisor, out ulong units, out ulong remainder)
    {
        units = 0;
        remainder = 0;
        var estimate = (((double)(ulong)(numerator >> 64)) * 18446744073709551616.0 + (ulong)numerator) / divisor;
        if (estimate >= 1.01e12)
        {
            return false;
        }

        units = (ulong)estimate;
        var product = (UInt128)units * divisor;
        while (product > numerator)
        {
            units--;
            product -= divisor;
        }

        var exact = numerator - product;
        while (exact >= divisor)
        {
            units++;
            exact -= divisor;
        }

        remainder = (ulong)exact;
        return true;
    }

    /// <summary>The percentage from its quotient in units of 10^-10 and the remainder: rounded half-to-even like decimal.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryRoundPercent(ulong units, ulong remainder, ulong divisor, bool negative, out double result)
    {
        result = 0;
        // The remainder is below the divisor (< 2^50), so doubling it cannot overflow.
        var twice = remainder * 2;
        if (twice > divisor || (twice == divisor && (units & 1) != 0))
        {
            units++;
        }

        // Beyond 100 % the decimal quotient keeps too few digits for a single rounding to be provably the same; a loss
        // that rounds to zero is a negative zero in decimal, left to the decimal path.
        if (units >= 1_000_000_000_000 || (negative && units == 0))
        {
            return false;
        }

        var magnitude = units / 1e10;
        result = negative ? -magnitude : magnitude;
        return true;
    }

    private static Int128 Pow10(int exponent) => IntegerPowers[exponent];

    private static Int128[] BuildIntegerPowers()
    {
        var powers = new Int128[38];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}

/// <summary>A double and, when <see cref="Exact"/>, the decimal it converts to as <see cref="Mantissa"/> /
/// 10^<see cref="Scale"/> (see <see cref="DecimalRounding"/>).</summary>
internal readonly record struct DecimalParts(double Value, long Mantissa, int Scale, bool Exact);
