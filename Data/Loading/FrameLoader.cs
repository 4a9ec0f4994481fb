using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Loading;

/// <summary>
/// Builds a <see cref="BarFrame"/> for a set of tickers over a date range, aligned to the trading periods of a
/// calendar (see <see cref="TimeIndexBuilder"/>). The calendar is passed in; read it with
/// <c>MarketHoursDatabaseReader</c> from <c>&lt;data-folder&gt;/market-hours/market-hours-database.json</c>.
/// The frame's fingerprint is the hex SHA-256 of every file read, in ordinal path order.
/// </summary>
public static class FrameLoader
{
    /// <summary>
    /// Loads raw prices from a LEAN data folder (daily or hour). The map file <c>equity/usa/map_files/&lt;t&gt;.csv</c>
    /// chooses the zip for each date (no map file: the ticker's own zip throughout); dates before its first row are
    /// BeforeListing, after a delisting date AfterDelisting, and dates mapped to a ticker without a zip Missing. The
    /// factor file, when present, is attached for price scaling.
    /// </summary>
    /// <exception cref="DataException">A file is invalid (see the readers) under <paramref name="options"/> (default lenient gaps).</exception>
    public static BarFrame FromLean(
        string dataFolder, IEnumerable<string> tickers, Resolution resolution, DateOnly first, DateOnly last, TradingCalendar calendar, ValidationOptions? options = null)
    {
        var index = TimeIndexBuilder.Build(calendar, resolution, first, last);
        var loader = new LeanFrameLoader(dataFolder, calendar, index, options ?? DefaultOptions);
        var columns = SymbolsOf(tickers).Select(loader.Load).ToArray();
        return new BarFrame(index, columns, FileFingerprint.Of(loader.FilesUsed));
    }

    /// <summary>
    /// Loads daily bars from a folder of <c>&lt;TICKER&gt;.csv</c> files (adjusted prices only, so
    /// <see cref="SourceInfo.PricesAreRaw"/> is false). Rows outside [first, last] are not used.
    /// </summary>
    /// <exception cref="DataException">A file is absent or invalid, or a row falls on a closed day.</exception>
    public static BarFrame FromCsvFolder(
        string folder, IEnumerable<string> tickers, DateOnly first, DateOnly last, TradingCalendar calendar, ValidationOptions? options = null)
    {
        var index = TimeIndexBuilder.Build(calendar, Resolution.Daily, first, last);
        var loader = new CsvFrameLoader(folder, calendar, index, options ?? DefaultOptions);
        var columns = SymbolsOf(tickers).Select(loader.Load).ToArray();
        return new BarFrame(index, columns, FileFingerprint.Of(loader.FilesUsed));
    }

    /// <summary>
    /// Strict value checks; a run of missing days is only a warning because LEAN files legitimately have gaps
    /// that the map file explains (the loader marks them Missing).
    /// </summary>
    public static ValidationOptions DefaultOptions { get; } = new(new HashSet<ValidationCheck> { ValidationCheck.MissingTradingDays });

    private static Symbol[] SymbolsOf(IEnumerable<string> tickers)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        var symbols = tickers.Select(Symbol.Create).Distinct().Order().ToArray();
        if (symbols.Length == 0)
        {
            throw new ArgumentException("At least one ticker is needed.", nameof(tickers));
        }

        return symbols;
    }
}
