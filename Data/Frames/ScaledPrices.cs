namespace Backtest.Data.Frames;

/// <summary>
/// One period's prices in a normalization mode's dollars (stored price x scale) and its volume in that mode's shares
/// (stored volume / scale, rounded to an integer as LEAN does). Absent periods hold NaN prices.
/// </summary>
public readonly record struct ScaledPrices(double Open, double High, double Low, double Close, double Volume);
