namespace Backtest.Data.Lean;

/// <summary>
/// One row of a LEAN map file: <see cref="Ticker"/> names the data files up to and including <see cref="Date"/>;
/// <see cref="Exchange"/> is LEAN's one-letter primary exchange code (e.g. "P" NYSE Arca, "Q" Nasdaq, "N" NYSE).
/// </summary>
internal readonly record struct LeanMapRow(DateOnly Date, string Ticker, string Exchange);
