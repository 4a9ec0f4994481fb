namespace Backtest.Data.Csv;

/// <summary>Which corporate actions a CSV price column is adjusted for (Yahoo/yfinance conventions, PROVENANCE.md).</summary>
[Flags]
public enum CsvPriceAdjustment
{
    /// <summary>As traded.</summary>
    None = 0,

    /// <summary>Scaled back for splits.</summary>
    Splits = 1,

    /// <summary>Scaled back for dividends.</summary>
    Dividends = 2,

    /// <summary>Split- and dividend-adjusted ("Adj Close", or every price of an auto_adjust=True download).</summary>
    Full = Splits | Dividends,
}
