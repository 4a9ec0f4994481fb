namespace Backtest.Data.Csv;

/// <summary>The header layout a bar CSV was recognised as.</summary>
public enum CsvBarFormat
{
    /// <summary><c>Date,Open,High,Low,Close,Adj Close|AdjClose|adj_close,Volume[,Dividends]</c> (yfinance auto_adjust=False).</summary>
    Yahoo = 0,

    /// <summary><c>date,open,high,low,close,volume</c> without an adjusted-close column (yfinance auto_adjust=True: fully adjusted).</summary>
    Ohlcv = 1,

    /// <summary><c>Date,Close</c>: adjusted closes only.</summary>
    CloseOnly = 2,
}
