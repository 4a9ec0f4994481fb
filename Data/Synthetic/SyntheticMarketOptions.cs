namespace Backtest.Data.Synthetic;

/// <summary>
/// What to generate: the seed, the date range (inclusive) and the tickers (default: the eleven built-in ones).
/// Same options give the same market, bit for bit.
/// </summary>
internal sealed record SyntheticMarketOptions
{
    /// <summary>The seed of every random stream.</summary>
    public long Seed { get; init; } = SyntheticSample.DefaultSeed;

    public DateOnly FirstDate { get; init; } = new(2000, 1, 3);

    public DateOnly LastDate { get; init; } = new(2025, 12, 31);

    /// <summary>Built-in tickers to include; null means all of them.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }
}
