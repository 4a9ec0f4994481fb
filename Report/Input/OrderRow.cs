namespace Backtest.Report.Input;

/// <summary>One order as recorded: quantity signed (negative sells), prices in account currency, fee in dollars.</summary>
internal readonly record struct OrderRow(
    int Id, DateTime Time, string Symbol, string Type, double Quantity, string Status, DateTime? FillTime, double FillPrice, double Fee, string Tag);
