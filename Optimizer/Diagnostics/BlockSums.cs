namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Each trial's sum and sum of squares of returns per CSCV block, computed once: every one of the C(S, S/2)
/// in-sample choices is then scored from S numbers per trial instead of a pass over all T returns (with 100 trials
/// of 6,400 days and S = 16 that is 12,870 x 100 x 16 additions instead of 12,870 x 100 x 6,400).
/// </summary>
internal sealed class BlockSums
{
    private BlockSums(double[][] sum, double[][] sumSquares, int blockLength)
    {
        Sum = sum;
        SumSquares = sumSquares;
        BlockLength = blockLength;
    }

    /// <summary>[trial][block]: the sum of the block's returns.</summary>
    public double[][] Sum { get; }

    /// <summary>[trial][block]: the sum of the block's squared returns.</summary>
    public double[][] SumSquares { get; }

    /// <summary>Rows per block.</summary>
    public int BlockLength { get; }

    /// <summary>Block b covers rows offset + b x blockLength .. offset + (b + 1) x blockLength - 1.</summary>
    public static BlockSums Of(IReadOnlyList<IReadOnlyList<double>> trials, int blocks, int blockLength, int offset)
    {
        var sum = new double[trials.Count][];
        var squares = new double[trials.Count][];
        for (var j = 0; j < trials.Count; j++)
        {
            var returns = trials[j];
            sum[j] = new double[blocks];
            squares[j] = new double[blocks];
            for (var b = 0; b < blocks; b++)
            {
                double s = 0, q = 0;
                for (var t = offset + (b * blockLength); t < offset + ((b + 1) * blockLength); t++)
                {
                    s += returns[t];
                    q += returns[t] * returns[t];
                }

                sum[j][b] = s;
                squares[j][b] = q;
            }
        }

        return new BlockSums(sum, squares, blockLength);
    }
}
