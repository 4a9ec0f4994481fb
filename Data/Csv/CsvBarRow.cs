namespace Backtest.Data.Csv;

/// <summary>
/// One checked row of a bar CSV as <see cref="CsvBarReader"/> streams it. Prices are as in the file (dollars);
/// Open/High/Low equal Close in a close-only file; Volume is NaN when the file has no volume column;
/// AdjustedClose and Dividend are 0 when the file has no such column.
/// </summary>
internal readonly record struct CsvBarRow(DateOnly Date, double Open, double High, double Low, double Close, double Volume, double AdjustedClose, double Dividend);
