using Backtest.Data.Errors;

namespace Backtest.Data.Csv;

/// <summary>
/// A recognised CSV header: column positions by normalised name (lower case, BOM, blanks, '_' and ' ' removed,
/// so "Adj Close", "AdjClose" and "adj_close" are all "adjclose").
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(string[] names, string[] raw)
    {
        Names = names;
        Raw = raw;
    }

    /// <summary>Normalised names in file order.</summary>
    public string[] Names { get; }

    /// <summary>Names as written, for messages.</summary>
    public string[] Raw { get; }

    public static CsvHeader Parse(string line)
    {
        var raw = line.TrimStart('\uFEFF').TrimEnd('\r').Split(',');
        var names = new string[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = raw[i].Trim().Trim('"');
            names[i] = Normalise(raw[i]);
        }

        return new CsvHeader(names, raw);
    }

    public int IndexOf(string normalisedName) => Array.IndexOf(Names, normalisedName);

    /// <summary>The position of a date column ("date", "observation_date", "time", "timestamp"), or -1.</summary>
    public int DateIndex()
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i] is "date" or "observationdate" or "datetime" or "timestamp")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for a bar file: a date column and a close column.</summary>
    public bool IsBarHeader => DateIndex() >= 0 && IndexOf("close") >= 0;

    /// <summary>
    /// True for a header that is meant as bars but may lack a required column: a date column and at least two of
    /// open, high, low, close, adjclose, volume. Such a file is read as bars so that the missing column is reported.
    /// </summary>
    public bool LooksLikeBars
    {
        get
        {
            var priceColumns = 0;
            foreach (var name in Names)
            {
                priceColumns += name is "open" or "high" or "low" or "close" or "adjclose" or "volume" ? 1 : 0;
            }

            return DateIndex() >= 0 && priceColumns >= 2;
        }
    }

    /// <summary>True for a rate series: exactly a date column and one value column that is not "close".</summary>
    public bool IsRateHeader => Names.Length == 2 && DateIndex() == 0 && Names[1].Length > 0 && Names[1] != "close";

    public DataException Missing(string file, string columns) =>
        DataException.At(file, 1, null, string.Join(',', Raw), $"required columns missing: {columns}", "Use a header such as Date,Open,High,Low,Close,Volume or Date,Close.");

    private static string Normalise(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (c is not (' ' or '_' or '\uFEFF' or '\t'))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
