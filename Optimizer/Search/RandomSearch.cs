using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Search;

/// <summary>
/// Seeded random sampling of grid points without repetition, in one round. Uses Floyd's sampling over the grid's
/// point indices, so it costs O(count) whatever the grid size; the trials keep the draw order. The same seed and
/// space always give the same trials. When <c>count</c> is at least the grid size, every point is drawn.
/// </summary>
public sealed class RandomSearch : ISearchStrategy
{
    private readonly ParameterSpace _space;
    private readonly int _count;
    private readonly ulong _seed;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public RandomSearch(ParameterSpace space, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _space = space;
        _count = count;
        _seed = seed;
    }

    public IReadOnlyList<TrialParameters> Start()
    {
        var total = _space.Estimate();
        var take = (int)Math.Min(_count, total);
        var rng = new SplitMix64(_seed);
        var chosen = new HashSet<long>();
        var trials = new List<TrialParameters>(take);
        for (var j = total - take; j < total; j++)
        {
            var t = (long)rng.NextBelow((ulong)j + 1);
            var index = chosen.Add(t) ? t : j;
            if (index == j)
            {
                chosen.Add(j);
            }

            trials.Add(Decode(trials.Count + 1, index));
        }

        return trials;
    }

    public IReadOnlyList<TrialParameters> Next(IReadOnlyList<TrialResult> finishedRound) => [];

    private TrialParameters Decode(int number, long index)
    {
        var dimensions = _space.Dimensions;
        var values = new ParameterValue[dimensions.Count];
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            var radix = dimensions[d].Texts.Count;
            values[d] = new ParameterValue(dimensions[d].Name, dimensions[d].Texts[(int)(index % radix)]);
            index /= radix;
        }

        return new TrialParameters(number, values);
    }
}
