namespace Backtest.Report.Input;

/// <summary>One closed trade (fill to fill, FIFO): profit, fees, MAE and MFE in dollars.</summary>
internal readonly record struct TradeRow(
    string Symbol, string Direction, DateTime EntryTime, double EntryPrice, DateTime ExitTime, double ExitPrice,
    double Quantity, double ProfitLoss, double Fees, double Mae, double Mfe);
