namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey, Borwein, Lopez de
/// Prado and Zhu, 2015). The T x N matrix holds N trials' per-period returns over the same T periods. Rows are cut
/// into S equal blocks (the earliest T mod S rows are dropped so the most recent data is kept); for each of the
/// C(S, S/2) choices of in-sample blocks the best in-sample trial (lowest index on ties) is ranked out of sample:
/// rank = number of trials whose out-of-sample metric is &lt;= its own (1..N), w = rank / (N + 1), logit = ln(w / (1 - w)).
/// </summary>
public static class ProbabilityOfBacktestOverfitting
{
    /// <summary>The largest block count: its C(S, S/2) splits still fit one array of logits.</summary>
    public const int MaxBlocks = 30;

    /// <param name="trialReturns">One return series per trial, all of the same length.</param>
    /// <param name="blocks">S: even, at least 2, at most the number of rows and at most <see cref="MaxBlocks"/>.</param>
    /// <param name="metric">How trials are ranked.</param>
    /// <exception cref="ArgumentException">Fewer than 2 trials, unequal lengths, or an invalid block count.</exception>
    public static OverfittingResult Compute(IReadOnlyList<IReadOnlyList<double>> trialReturns, int blocks, PerformanceMetric metric = PerformanceMetric.Sharpe)
    {
        ArgumentNullException.ThrowIfNull(trialReturns);
        var rows = Validate(trialReturns, blocks);
        var blockLength = rows / blocks;
        var offset = rows - (blockLength * blocks);
        var sums = BlockSums.Of(trialReturns, blocks, blockLength, offset);
        var combinations = Combinations(blocks, blocks / 2);
        var logits = new double[combinations];
        var chosen = new int[blocks / 2];
        for (var i = 0; i < chosen.Length; i++)
        {
            chosen[i] = i;
        }

        // Each half as its block numbers in ascending order: a score adds exactly the blocks it would pick out of all S
        // in order (so the sums are the same to the bit), without visiting the other half.
        var outOfSample = new int[blocks / 2];
        var chosenScores = new double[trialReturns.Count];
        var otherScores = new double[trialReturns.Count];
        // With halves of S/2 blocks, the complement of the i-th in-sample set (lexicographic order) is the
        // (C - 1 - i)-th: a set read as an S-bit number with block 0 as the top bit sorts lexicographically in
        // descending order, and the complement is that number's bitwise NOT. So the first C/2 sets give every split
        // once with its mirror: each pair's scores are computed once and serve both logits, in their original places.
        for (var index = 0; index < combinations / 2; index++)
        {
            for (int b = 0, i = 0, o = 0; b < blocks; b++)
            {
                if (i < chosen.Length && chosen[i] == b)
                {
                    i++;
                }
                else
                {
                    outOfSample[o++] = b;
                }
            }

            ScoreAll(sums, chosen, chosenScores, metric);
            ScoreAll(sums, outOfSample, otherScores, metric);
            logits[index] = Logit(chosenScores, otherScores);
            logits[combinations - 1 - index] = Logit(otherScores, chosenScores);
            NextCombination(chosen, blocks);
        }

        var overfit = logits.Count(l => l <= 0d);
        return new OverfittingResult(blocks, logits.Length, blockLength * blocks, logits, (double)overfit / logits.Length);
    }

    /// <summary>n choose k, for n up to <see cref="MaxBlocks"/> (each step's product stays below 2^63 and divides exactly).</summary>
    private static int Combinations(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return (int)result;
    }

    private static int Validate(IReadOnlyList<IReadOnlyList<double>> trialReturns, int blocks)
    {
        if (trialReturns.Count < 2)
        {
            throw new ArgumentException("CSCV needs at least two trials.", nameof(trialReturns));
        }

        var rows = trialReturns[0].Count;
        if (trialReturns.Any(r => r.Count != rows))
        {
            throw new ArgumentException("Every trial's return series must have the same length.", nameof(trialReturns));
        }

        if (blocks < 2 || blocks % 2 != 0 || blocks > rows)
        {
            throw new ArgumentException($"The block count must be even, at least 2 and at most the row count {rows}; got {blocks}.", nameof(blocks));
        }

        if (blocks > MaxBlocks)
        {
            throw new ArgumentException(
                $"The block count must be at most {MaxBlocks} (C({MaxBlocks}, {MaxBlocks / 2}) = {Combinations(MaxBlocks, MaxBlocks / 2):N0} splits); got {blocks}. Bailey et al. use 16.", nameof(blocks));
        }

        return rows;
    }

    private static void ScoreAll(BlockSums sums, int[] half, double[] scores, PerformanceMetric metric)
    {
        for (var j = 0; j < scores.Length; j++)
        {
            scores[j] = Score(sums, j, half, metric);
        }
    }

    /// <summary>The logit of the out-of-sample relative rank of the trial that scored best in sample.</summary>
    private static double Logit(double[] isScore, double[] oosScore)
    {
        var n = isScore.Length;
        var best = 0;
        for (var j = 1; j < n; j++)
        {
            if (isScore[j] > isScore[best])
            {
                best = j;
            }
        }

        var rank = 0;
        for (var j = 0; j < n; j++)
        {
            rank += oosScore[j] <= oosScore[best] ? 1 : 0;
        }

        var w = rank / (n + 1d);
        return Math.Log(w / (1d - w));
    }

    /// <summary>Mean or Sharpe (mean over sample standard deviation, not annualised) of trial
    /// <paramref name="trial"/>'s returns over the blocks in <paramref name="half"/> (ascending), from the per-block sums.</summary>
    private static double Score(BlockSums sums, int trial, int[] half, PerformanceMetric metric)
    {
        double sum = 0, sumSquares = 0;
        var blockSums = sums.Sum[trial];
        var blockSquares = sums.SumSquares[trial];
        foreach (var b in half)
        {
            sum += blockSums[b];
            sumSquares += blockSquares[b];
        }

        var count = half.Length * sums.BlockLength;

        var mean = sum / count;
        if (metric == PerformanceMetric.Mean)
        {
            return mean;
        }

        var variance = count > 1 ? (sumSquares - (count * mean * mean)) / (count - 1) : 0d;
        if (variance > 0)
        {
            return mean / Math.Sqrt(variance);
        }

        return mean == 0 ? 0d : Math.Sign(mean) * double.PositiveInfinity;
    }

    /// <summary>Advances to the next k-subset of 0..n-1 in lexicographic order; false after the last.</summary>
    private static bool NextCombination(int[] c, int n)
    {
        var k = c.Length;
        var i = k - 1;
        while (i >= 0 && c[i] == n - k + i)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        c[i]++;
        for (var j = i + 1; j < k; j++)
        {
            c[j] = c[j - 1] + 1;
        }

        return true;
    }
}
