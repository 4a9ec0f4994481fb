namespace Backtest.Data.Synthetic;

/// <summary>
/// Daily log returns of the three common factors over a list of trading days, and the market volatility scale
/// (regime multiplier x GARCH(1,1) conditional standard deviation, around 1 in calm times) that also scales
/// idiosyncratic noise. Arrays are indexed like the trading days.
/// </summary>
internal sealed class FactorPath
{
    private const double MarketVol = 0.165;
    private const double SizeVol = 0.12;
    private const double TechVol = 0.09;
    private const double GarchAlpha = 0.08;
    private const double GarchBeta = 0.90;
    private const int TailDegrees = 5;

    // Small caps gain this much annual drift per percentage point of rate cuts priced for the coming year.
    private const double SizeDriftPerCutPoint = 0.04;

    private FactorPath(double[] market, double[] size, double[] tech, double[] volScale)
    {
        Market = market;
        Size = size;
        Tech = tech;
        VolScale = volScale;
    }

    public double[] Market { get; }

    public double[] Size { get; }

    public double[] Tech { get; }

    public double[] VolScale { get; }

    /// <summary>Draws the factor paths; each factor uses its own named stream of <paramref name="seed"/>.</summary>
    public static FactorPath Generate(IReadOnlyList<DateOnly> days, long seed)
    {
        var n = days.Count;
        var market = new double[n];
        var size = new double[n];
        var tech = new double[n];
        var scale = new double[n];
        var mRng = Xoshiro256StarStar.ForStream(seed, "factor:market");
        var sRng = Xoshiro256StarStar.ForStream(seed, "factor:size");
        var tRng = Xoshiro256StarStar.ForStream(seed, "factor:tech");
        var noise = new double[3, n];
        var dt = 1.0 / 252.0;
        var h = 1.0;
        for (var i = 0; i < n; i++)
        {
            var regime = MarketRegimes.On(days[i]);
            var cutsPriced = RatePath.TargetOn(days[i]) - RatePath.ForwardAverage(days[i]);
            var s = regime.VolMultiplier * Math.Sqrt(h);
            scale[i] = s;

            var z = mRng.NextStudentT(TailDegrees);
            var sigma = MarketVol * s * Math.Sqrt(dt);
            noise[0, i] = sigma * z;
            market[i] = (regime.MarketDrift * dt) - (0.5 * sigma * sigma);
            h = (1.0 - GarchAlpha - GarchBeta) + (GarchAlpha * h * z * z) + (GarchBeta * h);

            var sizeSigma = SizeVol * Math.Sqrt(regime.VolMultiplier * dt);
            noise[1, i] = sizeSigma * sRng.NextGaussian();
            size[i] = (regime.SizeDrift + (SizeDriftPerCutPoint * cutsPriced)) * dt;

            var techSigma = TechVol * Math.Sqrt(regime.VolMultiplier * dt);
            noise[2, i] = techSigma * tRng.NextGaussian();
            tech[i] = regime.TechDrift * dt;
        }

        AddCentredNoise(days, noise, market, size, tech);
        return new FactorPath(market, size, tech, scale);
    }

    /// <summary>
    /// Adds the noise after removing its mean within each regime, so every regime delivers its drift (the story is
    /// the same for every seed) while day-to-day volatility, clustering and tails stay as drawn.
    /// </summary>
    private static void AddCentredNoise(IReadOnlyList<DateOnly> days, double[,] noise, double[] market, double[] size, double[] tech)
    {
        var start = 0;
        while (start < days.Count)
        {
            var regime = MarketRegimes.On(days[start]);
            var end = start;
            while (end + 1 < days.Count && MarketRegimes.On(days[end + 1]).First == regime.First)
            {
                end++;
            }

            var target = new[] { market, size, tech };
            for (var f = 0; f < 3; f++)
            {
                var mean = 0.0;
                for (var i = start; i <= end; i++)
                {
                    mean += noise[f, i];
                }

                mean /= end - start + 1;
                for (var i = start; i <= end; i++)
                {
                    target[f][i] += noise[f, i] - mean;
                }
            }

            start = end + 1;
        }
    }

    /// <summary>Approximate annual volatility of a security with these loadings in calm times (fraction).</summary>
    public static double CalmVolatility(SymbolProfile p) =>
        Math.Sqrt((p.Beta * p.Beta * MarketVol * MarketVol) + (p.Size * p.Size * SizeVol * SizeVol) + (p.Tech * p.Tech * TechVol * TechVol) + (p.IdioVol * p.IdioVol));
}
