using System.Globalization;
using System.IO.Compression;
using Backtest.Data.Errors;
using Backtest.Data.Model;

namespace Backtest.Data.Loading;

/// <summary>
/// The tickers a data folder offers at a resolution and the dates its bars span, read from the first and last row
/// of each file (cheap: no parsing of the rows between), so the run can load exactly that range.
/// </summary>
public sealed record DataExtent(IReadOnlyList<string> Tickers, DateOnly First, DateOnly Last)
{
    /// <exception cref="DataException">The folder holds no bar files, or a first/last row has no date.</exception>
    public static DataExtent Scan(string folder, bool csv, Resolution resolution)
    {
        var files = !csv
            ? Files(Path.Combine(folder, "equity", "usa", resolution.ToString().ToLowerInvariant()), "*.zip")
            : Files(folder, "*.csv");
        if (files.Length == 0)
        {
            throw DataException.InFile(folder, $"no {resolution} bar files found ({(!csv ? "equity/usa/" + resolution.ToString().ToLowerInvariant() + "/*.zip" : "*.csv")})",
                "Point data-folder at a LEAN data folder (or set \"data-source\": \"csv\" for a folder of CSV files).");
        }

        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        foreach (var file in files)
        {
            var (a, b) = !csv ? ZipRange(file) : CsvRange(file);
            first = a < first ? a : first;
            last = b > last ? b : last;
        }

        var tickers = files.Select(f => Path.GetFileNameWithoutExtension(f).ToUpperInvariant()).ToArray();
        return new DataExtent(tickers, first, last);
    }

    private static string[] Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToArray() : [];

    private static (DateOnly, DateOnly) ZipRange(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.Entries.Count > 0 ? zip.Entries[0] : throw DataException.InFile(path, "the zip has no entry", "Re-create the file (backtest data import).");
            using var reader = new StreamReader(entry.Open());
            return Range(path, reader, line => line.Length >= 8 ? line[..8] : line, "yyyyMMdd");
        }
        catch (InvalidDataException e)
        {
            throw DataException.InFile(path, "not a readable zip file (" + e.Message + ")", "Re-create or re-download the file.");
        }
    }

    private static (DateOnly, DateOnly) CsvRange(string path)
    {
        using var reader = new StreamReader(path);
        reader.ReadLine();
        return Range(path, reader, line => line.Split(',')[0].Trim(), "yyyy-MM-dd");
    }

    private static (DateOnly, DateOnly) Range(string path, StreamReader reader, Func<string, string> dateText, string format)
    {
        string? firstLine = null;
        string? lastLine = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0)
            {
                continue;
            }

            firstLine ??= line;
            lastLine = line;
        }

        if (firstLine is null || lastLine is null)
        {
            throw DataException.InFile(path, "the file has no bars", "Remove it from the data folder or fill it.");
        }

        return (Parse(path, dateText(firstLine), format), Parse(path, dateText(lastLine), format));
    }

    private static DateOnly Parse(string path, string text, string format) =>
        DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw DataException.InFile(path, $"cannot read a {format} date from '{text}'", $"Run 'backtest data validate {path}' for the exact line.");
}
