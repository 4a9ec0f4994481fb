namespace Backtest.Data.Validation;

/// <summary>What <see cref="DataFolderValidator"/> recognised a file as.</summary>
public enum DataFileKind
{
    /// <summary>Not a data file this project reads (manifests, other CSVs, other zips); skipped, not an error.</summary>
    NotDataFile = 0,

    /// <summary><c>equity/usa/daily/&lt;t&gt;.zip</c>.</summary>
    LeanDaily = 1,

    /// <summary><c>equity/usa/hour/&lt;t&gt;.zip</c>.</summary>
    LeanHour = 2,

    /// <summary><c>equity/usa/minute/&lt;t&gt;/&lt;yyyyMMdd&gt;_trade.zip</c>.</summary>
    LeanMinuteTrade = 3,

    /// <summary><c>equity/usa/minute/&lt;t&gt;/&lt;yyyyMMdd&gt;_quote.zip</c>.</summary>
    LeanMinuteQuote = 4,

    /// <summary><c>factor_files/&lt;t&gt;.csv</c>.</summary>
    FactorFile = 5,

    /// <summary><c>map_files/&lt;t&gt;.csv</c>.</summary>
    MapFile = 6,

    /// <summary>LEAN's <c>interest-rate.csv</c>.</summary>
    InterestRate = 7,

    /// <summary>LEAN's <c>market-hours-database.json</c>.</summary>
    MarketHours = 8,

    /// <summary>LEAN's <c>symbol-properties-database.csv</c>.</summary>
    SymbolProperties = 9,

    /// <summary>A daily bar CSV with a header (<c>Date,...,Close,...</c>).</summary>
    BarCsv = 10,

    /// <summary>A two-column rate series (<c>date,&lt;series&gt;</c>).</summary>
    RateCsv = 11,
}
