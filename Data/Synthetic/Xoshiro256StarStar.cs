namespace Backtest.Data.Synthetic;

/// <summary>
/// xoshiro256** (Blackman and Vigna) seeded through SplitMix64. Our own generator rather than
/// System.Random so that a seed produces the same numbers on every .NET version and platform.
/// Not thread-safe; one instance per stream.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double? _spareGaussian;

    public Xoshiro256StarStar(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>Derives an independent stream for a named purpose, so adding one stream never shifts another.</summary>
    public static Xoshiro256StarStar ForStream(long seed, string name)
    {
        // FNV-1a over the name: stable across runtimes, unlike string.GetHashCode.
        var h = 14695981039346656037UL;
        foreach (var c in name)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return new Xoshiro256StarStar(unchecked((ulong)seed) ^ h);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by the Box-Muller transform (both outputs used).</summary>
    public double NextGaussian()
    {
        if (_spareGaussian is { } spare)
        {
            _spareGaussian = null;
            return spare;
        }

        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var theta = 2.0 * Math.PI * u2;
        _spareGaussian = r * Math.Sin(theta);
        return r * Math.Cos(theta);
    }

    /// <summary>Student-t with integer <paramref name="degreesOfFreedom"/> (&gt; 2), rescaled to unit variance.</summary>
    public double NextStudentT(int degreesOfFreedom)
    {
        var z = NextGaussian();
        var chi2 = 0.0;
        for (var i = 0; i < degreesOfFreedom; i++)
        {
            var g = NextGaussian();
            chi2 += g * g;
        }

        var t = z / Math.Sqrt(chi2 / degreesOfFreedom);
        return t * Math.Sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
