namespace Backtest.Data.Frames;

/// <summary>
/// What is known about where a symbol's bars came from and how its prices are adjusted.
/// </summary>
/// <param name="Path">The file the bars were read from.</param>
/// <param name="Format">Reader that produced them, e.g. "lean-zip", "csv-yahoo", "csv-ohlcv", "csv-close".</param>
/// <param name="PricesAreRaw">True when the stored prices are as traded (LEAN folders); false when the source only
/// carried adjusted prices, so the Raw, SplitAdjusted and TotalReturn modes must refuse.</param>
/// <param name="IsSynthetic">True when the data came from the project's synthetic-market generator.</param>
/// <param name="SecurityId">LEAN's SecurityIdentifier string (e.g. "SPY R735QTJ8XC9X", from the map file's first ticker
/// and first date), or null when the source has no map file.</param>
public sealed record SourceInfo(string Path, string Format, bool PricesAreRaw, bool IsSynthetic, string? SecurityId = null);
