namespace Backtest.Engine.Orders;

/// <summary>
/// One closing fill's profit for LEAN's win/loss statistics: realised P&amp;L of the closed quantity minus twice the closing
/// fee, in dollars (SEMANTICS.md F.4). <see cref="Time"/> is unique (1 ms bumps on collisions).
/// </summary>
public readonly record struct TransactionRecord(DateTime Time, double Profit);
