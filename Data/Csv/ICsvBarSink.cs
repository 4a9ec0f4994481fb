namespace Backtest.Data.Csv;

/// <summary>Receives a bar CSV's rows one at a time from <see cref="CsvBarReader.ReadInto"/>, so nothing is kept.</summary>
internal interface ICsvBarSink
{
    /// <summary>Called once, after the header is recognised and before the first row.</summary>
    /// <param name="format">The recognised layout.</param>
    /// <param name="adjustment">What the file's price columns are adjusted for.</param>
    /// <param name="hasAdjustedClose">The file has an adjusted-close column.</param>
    /// <param name="hasDividends">The file has a dividends column.</param>
    void Start(CsvBarFormat format, CsvPriceAdjustment adjustment, bool hasAdjustedClose, bool hasDividends);

    /// <summary>Called for every row in file order, after the row passed its checks.</summary>
    void Add(in CsvBarRow row);
}
