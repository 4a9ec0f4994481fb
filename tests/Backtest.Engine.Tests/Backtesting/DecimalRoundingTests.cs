using Backtest.Engine.Backtesting;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// The fast roundings must return bit-for-bit what the decimal expressions return (the independent computation is the
/// runtime's own decimal arithmetic), including near and exactly at rounding midpoints, across magnitudes.
/// </summary>
public sealed class DecimalRoundingTests
{
    private const int Samples = 200_000;

    [Fact]
    public void Round_RandomMagnitudes_MatchesDecimal()
    {
        var random = new Random(7);
        for (var i = 0; i < Samples; i++)
        {
            var value = RandomValue(random);
            var places = random.Next(0, 11);
            AssertSame((double)Math.Round((decimal)value, places), DecimalRounding.Round(value, places), value, places);
        }
    }

    [Fact]
    public void Round_MidpointsAndEdges_MatchDecimal()
    {
        // Exact 4-decimal midpoints (x.xxxx5), values one ulp around them, the fast-path boundaries, and non-positive input.
        double[] values =
        [
            123456.78905, 123456.78915, 0.00005, 0.00015, 2.5, 3.5, 99999.99995, 1e14, 99999999999999.99, 1e-8, 1.23e-9,
            1e-13, 0, -0.0, -123.45675, -1e-7, 1e20, double.Epsilon, 5e-324, 1000.00005, 999.99995,
        ];
        foreach (var value in values)
        {
            foreach (var v in new[] { value, Math.BitDecrement(value), Math.BitIncrement(value) })
            {
                for (var places = 0; places <= 10; places++)
                {
                    AssertSame((double)Math.Round((decimal)v, places), DecimalRounding.Round(v, places), v, places);
                }
            }
        }
    }

    [Fact]
    public void PercentChange_RandomPairs_MatchesDecimal()
    {
        var random = new Random(11);
        for (var i = 0; i < Samples; i++)
        {
            var previous = RandomValue(random);
            var value = random.Next(10) switch
            {
                0 => previous,                                        // weekend: unchanged equity
                1 => Math.BitIncrement(previous),
                2 => RandomValue(random),                             // unrelated magnitude
                3 => previous * (1 + (random.NextDouble() * 4)),      // up to +400 %
                _ => previous * (1 + ((random.NextDouble() - 0.5) * 0.1)),
            };
            AssertSame(Reference(value, previous), DecimalRounding.PercentChange(value, previous), value, previous);
        }
    }

    [Fact]
    public void PercentChange_ExactMidpointsAndSigns_MatchDecimal()
    {
        // 100000 -> 100000.00000005 is +5e-11 % exactly: a tie at the 10th decimal; the others straddle or cancel.
        (double Value, double Previous)[] pairs =
        [
            (100000.00000005, 100000), (100000.00000015, 100000), (99999.99999995, 100000), (1, 3), (2, 3), (100000, 100000),
            (1e-9, 1e-9), (5, 0.5), (-5, 10), (10, -5), (123456.7891, 123456.7891), (1e13, 1),
        ];
        foreach (var (value, previous) in pairs)
        {
            AssertSame(Reference(value, previous), DecimalRounding.PercentChange(value, previous), value, previous);
        }
    }

    [Fact]
    public void PercentToFraction_RandomValuesAndEdges_MatchesDecimal()
    {
        var random = new Random(17);
        for (var i = 0; i < Samples; i++)
        {
            // Sampled percentages carry at most 10 decimals; random doubles of every magnitude cover the rest.
            var value = random.Next(3) switch
            {
                0 => Math.Round((random.NextDouble() - 0.5) * 20, 10),
                1 => -RandomValue(random),
                _ => RandomValue(random),
            };
            AssertSame((double)((decimal)value / 100m), DecimalRounding.PercentToFraction(value), value, 0);
        }

        double[] edges = [0, -0.0, 1e-10, -1e-10, 1e-13, 123.4567891234, 99999999999999.9, 1e14, 1e20, -1e20, 5e-324];
        foreach (var value in edges)
        {
            AssertSame((double)((decimal)value / 100m), DecimalRounding.PercentToFraction(value), value, 0);
        }
    }

    [Fact]
    public void SmartRound_RandomMagnitudes_MatchesDecimal()
    {
        var random = new Random(13);
        for (var i = 0; i < Samples; i++)
        {
            var value = RandomValue(random);
            AssertSame(DecimalRounding.SmartRoundDecimal(value), DecimalRounding.SmartRound(value), value, 0);
        }

        double[] edges = [0, -0.0, 1000, 1000.00005, 999.99995, 999.9999995, 1, 0.1, 10, 0.099999995, 123.45675, -2500.5, 1e-12];
        foreach (var value in edges)
        {
            AssertSame(DecimalRounding.SmartRoundDecimal(value), DecimalRounding.SmartRound(value), value, 0);
        }
    }

    [Fact]
    public void SmartRoundDecimal_KnownValues_SevenSignificantDigitsOrFourDecimals()
    {
        // Hand-computed: 7 significant digits below 1000 (half to even), 4 decimals above.
        Assert.Equal(123.4568, DecimalRounding.SmartRoundDecimal(123.456789));
        Assert.Equal(0.1234568, DecimalRounding.SmartRoundDecimal(0.12345678));
        Assert.Equal(12345.6789, DecimalRounding.SmartRoundDecimal(12345.678901));
    }

    private static double Reference(double value, double previous) =>
        (double)Math.Round(((decimal)value - (decimal)previous) * 100m / (decimal)previous, 10);

    /// <summary>Log-uniform over 1e-10..1e15 with random short decimals, so both long and short expansions occur.</summary>
    private static double RandomValue(Random random)
    {
        var value = Math.Pow(10, (random.NextDouble() * 25) - 10);
        return random.Next(3) == 0 ? Math.Round(value, random.Next(0, 9)) is var r && r > 0 ? r : value : value;
    }

    private static void AssertSame(double expected, double actual, double input, double other) =>
        Assert.True(
            BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"input {input:R} ({other:R}): decimal {expected:R}, fast {actual:R}");
}
