namespace Backtest.Algorithms.Study;

/// <summary>The period and horizons of an <see cref="EventStudy"/>.</summary>
/// <param name="First">First date an event (or unconditional start day) may fall on, inclusive.</param>
/// <param name="Last">Last such date, inclusive. Forward windows may extend past it while the frame has data.</param>
/// <param name="Horizons">Horizons in trading days, each 1..2520, strictly ascending; null means 1, 5, 21, 63, 126.</param>
/// <param name="MinRunLength">Shortest small-beats-large run listed in the result (trading days, ≥ 1); null means 5.
/// A streak study lists runs of at least its k unless this is given.</param>
public sealed record EventStudyOptions(DateOnly First, DateOnly Last, IReadOnlyList<int>? Horizons = null, int? MinRunLength = null)
{
    /// <summary>The default horizons: 1 day, 1 week, 1, 3 and 6 months of trading days.</summary>
    public static IReadOnlyList<int> DefaultHorizons { get; } = [1, 5, 21, 63, 126];

    internal int[] ValidHorizons()
    {
        var horizons = (Horizons ?? DefaultHorizons).ToArray();
        for (var i = 0; i < horizons.Length; i++)
        {
            if (horizons[i] is < 1 or > 2520 || (i > 0 && horizons[i] <= horizons[i - 1]))
            {
                throw new ArgumentOutOfRangeException(nameof(Horizons), horizons[i], "Horizons are trading days in [1, 2520], strictly ascending.");
            }
        }

        if (horizons.Length == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Horizons), "Give at least one horizon.");
        }

        return horizons;
    }
}
