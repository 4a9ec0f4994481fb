using Backtest.Data.Model;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// A closed trade as LEAN's TradeBuilder(FillToFill, FIFO) reports it (SEMANTICS.md F.5): one opening fill (or the
/// part of it) matched first-in-first-out with the closing fill. Quantity is absolute shares; prices in dollars;
/// <see cref="ProfitLoss"/> is gross (before fees); <see cref="TotalFees"/> is the entry fee share plus the exit fee
/// share. MAE/MFE are the worst/best unrealised P&amp;L (dollars, MAE &lt;= 0 &lt;= MFE) seen at time-step prices while open.
/// </summary>
public readonly record struct Trade(
    Symbol Symbol,
    DateTime EntryTime,
    double EntryPrice,
    bool IsLong,
    double Quantity,
    DateTime ExitTime,
    double ExitPrice,
    double ProfitLoss,
    double TotalFees,
    double MAE,
    double MFE)
{
    public TimeSpan Duration => ExitTime - EntryTime;

    public bool IsWin => ProfitLoss > 0;
}
