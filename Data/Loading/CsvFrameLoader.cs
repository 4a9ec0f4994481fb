using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Loading;

/// <summary>
/// Loads one symbol's daily columns from <c>&lt;folder&gt;/&lt;TICKER&gt;.csv</c>. Yahoo files (split-adjusted OHLC plus
/// a fully adjusted close) are brought to fully adjusted OHLC by the per-day ratio AdjClose / Close, so every CSV
/// frame holds split- and dividend-adjusted prices and is marked <see cref="SourceInfo.PricesAreRaw"/> = false.
/// </summary>
internal sealed class CsvFrameLoader
{
    private readonly string _folder;
    private readonly TradingCalendar _calendar;
    private readonly TimeIndex _index;
    private readonly ValidationOptions _options;

    public CsvFrameLoader(string folder, TradingCalendar calendar, TimeIndex index, ValidationOptions options)
    {
        _folder = folder;
        _calendar = calendar;
        _index = index;
        _options = options;
    }

    public List<string> FilesUsed { get; } = [];

    /// <exception cref="DataException">The file is absent, invalid, or has a row on a day the calendar says is closed.</exception>
    public SymbolColumns Load(Symbol symbol)
    {
        var path = Path.Combine(_folder, symbol.Value + ".csv");
        if (!File.Exists(path))
        {
            throw DataException.InFile(path, $"no CSV file for {symbol}", $"Put {symbol}.csv in the folder or remove {symbol} from the tickers.");
        }

        var series = CsvBarReader.Read(path, _options);
        FilesUsed.Add(path);
        var columns = new ColumnBuilder(_index.Count);
        if (_index.Count > 0)
        {
            var first = DateOnly.FromDateTime(_index.StartTimes[0]);
            var last = DateOnly.FromDateTime(_index.StartTimes[^1]);
            for (var r = 0; r < series.Count; r++)
            {
                var date = series.Dates[r];
                if (date < first || date > last)
                {
                    continue;
                }

                if (!_calendar.IsTradingDay(date))
                {
                    throw DataException.InFile(path, $"row dated {date:yyyy-MM-dd} falls on a day the exchange calendar has closed", "Remove the row or correct the calendar (market-hours-database.json).");
                }

                var i = _index.LowerBound(date.ToDateTime(TimeOnly.MinValue));
                var k = series.AdjustedClose is null ? 1.0 : series.AdjustedClose[r] / series.Close[r];
                columns.Set(i, series.Open[r] * k, series.High[r] * k, series.Low[r] * k, series.Close[r] * k, series.Volume[r]);
            }
        }

        columns.ClassifyEdges();
        var format = series.Format switch
        {
            CsvBarFormat.Yahoo => "csv-yahoo",
            CsvBarFormat.Ohlcv => "csv-ohlcv",
            _ => "csv-close",
        };
        var source = new SourceInfo(path, format, PricesAreRaw: false, IsSynthetic: false);
        return new SymbolColumns(symbol, _index, columns.Open, columns.High, columns.Low, columns.Close, columns.Volume, columns.Presence, source);
    }
}
