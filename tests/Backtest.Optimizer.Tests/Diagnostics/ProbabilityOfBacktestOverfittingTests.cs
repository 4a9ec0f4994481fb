using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Search;

namespace Backtest.Optimizer.Tests.Diagnostics;

public sealed class ProbabilityOfBacktestOverfittingTests
{
    [Theory]
    [InlineData(1UL, 24, 5, 4)]
    [InlineData(2UL, 30, 6, 6)]
    [InlineData(3UL, 17, 3, 4)]
    public void Compute_SmallMatrix_MatchesBruteForce(ulong seed, int rows, int trials, int blocks)
    {
        var matrix = Noise(seed, rows, trials, 0.0, 0.01);

        var result = ProbabilityOfBacktestOverfitting.Compute(matrix, blocks);

        var (logits, pbo) = BruteForce(matrix, blocks);
        Assert.Equal(logits.Count, result.Combinations);
        Assert.Equal(logits, result.Logits.Order(), new Close());
        Assert.Equal(pbo, result.Probability, 12);
    }

    [Fact]
    public void Compute_DominantStrategy_Zero()
    {
        var matrix = Noise(11, 120, 8, 0.0, 0.01).Select((column, j) =>
            (IReadOnlyList<double>)column.Select(r => j == 3 ? 0.02 + (r / 10) : r).ToArray()).ToArray();

        var result = ProbabilityOfBacktestOverfitting.Compute(matrix, 8);

        Assert.Equal(70, result.Combinations); // C(8, 4)
        Assert.Equal(0d, result.Probability);
    }

    [Fact]
    public void Compute_ZeroSumStrategiesByMean_One()
    {
        // Every trial's returns sum to zero, so with equal halves the in-sample mean is minus the out-of-sample mean:
        // the in-sample winner is always the out-of-sample loser (rank 1, logit ln(1/N) < 0).
        var matrix = Noise(5, 40, 6, 0.0, 0.01).Select(column =>
        {
            var mean = column.Average();
            return (IReadOnlyList<double>)column.Select(r => r - mean).ToArray();
        }).ToArray();

        var result = ProbabilityOfBacktestOverfitting.Compute(matrix, 4, PerformanceMetric.Mean);

        Assert.Equal(1d, result.Probability);
        Assert.All(result.Logits, l => Assert.Equal(Math.Log(1d / 6d), l, 12));
    }

    [Fact]
    public void Compute_PureNoise_AveragesNearHalf()
    {
        var mean = Enumerable.Range(0, 40)
            .Select(seed => ProbabilityOfBacktestOverfitting.Compute(Noise((ulong)(100 + seed), 240, 10, 0.0, 0.01), 8).Probability)
            .Average();

        // With no skill the in-sample winner's out-of-sample rank is uniform on 1..10; rank <= 5 (logit <= 0) has
        // probability 1/2. Forty matrices of 70 correlated splits keep the average well within 0.5 +- 0.12.
        Assert.InRange(mean, 0.38, 0.62);
    }

    [Fact]
    public void Compute_OddBlocks_Throws()
    {
        Assert.Throws<ArgumentException>(() => ProbabilityOfBacktestOverfitting.Compute(Noise(1, 20, 3, 0, 1), 5));
    }

    [Fact]
    public void Compute_MoreBlocksThanTheLimit_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ProbabilityOfBacktestOverfitting.Compute(Noise(1, 64, 3, 0, 1), 32));

        Assert.Contains("at most 30", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4UL, 40, 7, 8)]
    [InlineData(5UL, 36, 4, 6)]
    [InlineData(6UL, 10, 3, 2)]
    public void Compute_Logits_AreInLexicographicOrderOfTheInSampleBlocks(ulong seed, int rows, int trials, int blocks)
    {
        var matrix = Noise(seed, rows, trials, 0.0, 0.01);

        var result = ProbabilityOfBacktestOverfitting.Compute(matrix, blocks);

        // Each split computed on its own, in-sample block sets enumerated lexicographically ({0,1,..}, {0,..,k}, ...).
        var expected = LexicographicSubsets(blocks, blocks / 2).Select(set => LogitOf(matrix, blocks, set)).ToList();
        Assert.Equal(expected, result.Logits, new Close());
    }

    private static IEnumerable<int[]> LexicographicSubsets(int n, int k, int from = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = from; first <= n - k; first++)
        {
            foreach (var rest in LexicographicSubsets(n, k - 1, first + 1))
            {
                yield return [first, .. rest];
            }
        }
    }

    /// <summary>One split computed from the raw returns: Sharpe via ReturnMoments on each half, rank by counting.</summary>
    private static double LogitOf(IReadOnlyList<IReadOnlyList<double>> matrix, int blocks, int[] inSampleBlocks)
    {
        var rows = matrix[0].Count;
        var length = rows / blocks;
        var skip = rows - (length * blocks);
        bool InSample(int t) => inSampleBlocks.Contains((t - skip) / length);
        var isSharpe = matrix.Select(c => ReturnMoments.Of(Enumerable.Range(skip, rows - skip).Where(InSample).Select(t => c[t]).ToArray()).Sharpe).ToArray();
        var oosSharpe = matrix.Select(c => ReturnMoments.Of(Enumerable.Range(skip, rows - skip).Where(t => !InSample(t)).Select(t => c[t]).ToArray()).Sharpe).ToArray();
        var best = Array.IndexOf(isSharpe, isSharpe.Max());
        var rank = oosSharpe.Count(v => v <= oosSharpe[best]);
        var w = rank / (matrix.Count + 1d);
        return Math.Log(w / (1 - w));
    }

    /// <summary>Independent CSCV: subsets by bit mask, each split scored by <see cref="LogitOf"/>.</summary>
    private static (List<double> Logits, double Pbo) BruteForce(IReadOnlyList<IReadOnlyList<double>> matrix, int blocks)
    {
        var logits = new List<double>();
        for (var mask = 0; mask < 1 << blocks; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != blocks / 2)
            {
                continue;
            }

            logits.Add(LogitOf(matrix, blocks, [.. Enumerable.Range(0, blocks).Where(b => (mask & (1 << b)) != 0)]));
        }

        logits.Sort();
        return (logits, logits.Count(l => l <= 0) / (double)logits.Count);
    }

    private static IReadOnlyList<double>[] Noise(ulong seed, int rows, int trials, double mean, double sd)
    {
        var rng = new SplitMix64(seed);
        double Uniform() => (rng.NextUInt64() >> 11) * (1.0 / (1UL << 53));
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());
        return Enumerable.Range(0, trials)
            .Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, rows).Select(_ => mean + (sd * Gaussian())).ToArray())
            .ToArray();
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
