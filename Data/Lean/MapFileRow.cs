namespace Backtest.Data.Lean;

/// <summary>One map-file row: <see cref="Ticker"/> (lower case, as in the data file names) is used up to and including <see cref="Date"/>.</summary>
public readonly record struct MapFileRow(DateOnly Date, string Ticker, string? Exchange);
