using Backtest.Data.Validation;

namespace Backtest.Data.Csv;

/// <summary>
/// Daily bars read from one CSV file, in file order (ascending after validation). Prices in dollars, volume in shares.
/// Close-only files have Open = High = Low = Close and Volume = NaN (no volume known; not zero, which would mean "no trades").
/// </summary>
/// <param name="Path">The file read.</param>
/// <param name="Format">The recognised header layout.</param>
/// <param name="Dates">Exchange dates.</param>
/// <param name="Open">Open prices.</param>
/// <param name="High">High prices.</param>
/// <param name="Low">Low prices.</param>
/// <param name="Close">Close prices.</param>
/// <param name="Volume">Shares traded, NaN when the file has no volume column.</param>
/// <param name="AdjustedClose">The split- and dividend-adjusted close when the file has one, else null.</param>
/// <param name="Dividends">Cash dividends per share on their ex-dates (0 elsewhere) when the file has them, else null.</param>
/// <param name="PriceAdjustment">What Open/High/Low/Close are adjusted for.</param>
/// <param name="Report">Row count and downgraded validation problems.</param>
public sealed record CsvBarSeries(
    string Path,
    CsvBarFormat Format,
    DateOnly[] Dates,
    double[] Open,
    double[] High,
    double[] Low,
    double[] Close,
    double[] Volume,
    double[]? AdjustedClose,
    double[]? Dividends,
    CsvPriceAdjustment PriceAdjustment,
    ValidationReport Report)
{
    /// <summary>Adjustment of <see cref="AdjustedClose"/>: always <see cref="CsvPriceAdjustment.Full"/> when present.</summary>
    public CsvPriceAdjustment AdjustedCloseAdjustment => AdjustedClose is null ? PriceAdjustment : CsvPriceAdjustment.Full;

    /// <summary>Number of rows.</summary>
    public int Count => Dates.Length;
}
