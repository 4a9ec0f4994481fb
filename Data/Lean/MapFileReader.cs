using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>Reads LEAN map files (<c>equity/usa/map_files/&lt;ticker&gt;.csv</c>, rows <c>yyyyMMdd,ticker[,exchange]</c>).</summary>
public static class MapFileReader
{
    /// <exception cref="DataException">A row cannot be parsed, dates are not ascending, or the file is empty.</exception>
    public static MapFile Read(string path)
    {
        var rows = new List<MapFileRow>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var f = FieldParser.Fields(path, line, text, 2, "yyyyMMdd,ticker[,exchange]");
            var date = FieldParser.Date(path, line, "date", f[0].Trim(), "yyyyMMdd");
            var ticker = f[1].Trim().ToLowerInvariant();
            if (ticker.Length == 0)
            {
                throw DataException.At(path, line, "ticker", text, "the ticker is empty", "Write the ticker used for data files up to this date.");
            }

            if (rows.Count > 0 && date <= rows[^1].Date)
            {
                throw DataException.At(path, line, "date", f[0], "dates must be strictly ascending", "Sort the map file by date and remove duplicates.");
            }

            var exchange = f.Length > 2 && f[2].Trim().Length > 0 ? f[2].Trim() : null;
            rows.Add(new MapFileRow(date, ticker, exchange));
        }

        if (rows.Count == 0)
        {
            throw DataException.InFile(path, "the map file has no rows", "Restore the file or delete it.");
        }

        return new MapFile(Path.GetFileNameWithoutExtension(path).ToLowerInvariant(), rows);
    }
}
