using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Import;

/// <summary>
/// <c>backtest data import</c>: converts daily-bar CSV files into a LEAN-format data folder so that one folder
/// layout serves every run. Per file (ticker = file name): the daily zip (deci-cents), a map file, and a factor
/// file when the CSV carries enough to derive one:
/// <list type="bullet">
/// <item>an adjusted close beside split-adjusted prices: price factor = adjusted close / close, one row per change;</item>
/// <item>a dividends column beside prices not adjusted for dividends: LEAN's rule going back from the end,
/// factor x (1 - dividend / previous close). (The CSV reader treats OHLCV files without an adjusted close as fully
/// adjusted, as yfinance's auto_adjust default writes them, so this applies only to series marked split-adjusted.)</item>
/// </list>
/// Fully adjusted files (and close-only files) are stored as they are and recorded as <see cref="PriceBasis.Adjusted"/>
/// in price-basis.csv, so the modes that need as-traded prices refuse them clearly. When the target folder has no
/// market-hours database, the built-in rule-based US-equity calendar is written.
/// Files are streamed (one row at a time into the zip being written), so memory does not grow with their size.
/// Everything is written into <c>&lt;out&gt;/.import-staging</c> first and moved into place, file by file, only after
/// every file was read and checked: a bad file or a failed write (full disk) leaves every earlier file of the folder
/// as it was (and no folder at all when it did not exist before).
/// Round trip: stored prices equal the CSV's to 1/10,000 of a dollar (deci-cent rounding); factors are written in
/// shortest round-trip form, so adjusted prices reproduce the CSV's adjusted close to the same precision.
/// </summary>
public static class CsvImporter
{
    /// <summary>The folder inside the target that holds the files of an import in progress.</summary>
    public const string StagingFolderName = ".import-staging";

    private const int CalendarFirstYear = 1900;
    private const int CalendarLastYear = 9998;

    /// <summary>Imports every file (folders contribute their *.csv files, ordinal order) into <paramref name="outFolder"/>.</summary>
    /// <exception cref="DataException">A file is malformed or two files map to one ticker; nothing is published.</exception>
    /// <exception cref="IOException">A file could not be written (e.g. the disk is full); nothing is published.</exception>
    public static IReadOnlyList<ImportedSymbol> Import(IEnumerable<string> sources, string outFolder, ValidationOptions? options = null)
    {
        var files = Tickers(ExpandSources(sources));
        var existed = Directory.Exists(outFolder);
        var staging = Path.Combine(outFolder, StagingFolderName);
        try
        {
            DeleteFolder(staging);
            var results = new List<ImportedSymbol>(files.Count);
            var stale = new List<string>();
            var (firstYear, lastYear) = (int.MaxValue, int.MinValue);
            foreach (var (file, ticker) in files)
            {
                var (result, first, last) = ImportFile(file, ticker, outFolder, staging, options, stale);
                (firstYear, lastYear) = (Math.Min(firstYear, first.Year), Math.Max(lastYear, last.Year));
                results.Add(result);
            }

            var bases = new Dictionary<string, PriceBasis>(PriceBasisFile.Read(outFolder), StringComparer.Ordinal);
            foreach (var result in results)
            {
                bases[result.Ticker] = result.Basis;
            }

            PriceBasisFile.Write(staging, bases);
            WriteCalendarIfAbsent(outFolder, staging, firstYear, lastYear);
            Publish(staging, outFolder, stale);
            return results;
        }
        catch
        {
            TryDelete(existed ? staging : outFolder);
            throw;
        }
    }

    /// <summary>Factor rows (ascending, ending with 2050-12-31) and what they were derived from; empty when not derivable.</summary>
    internal static (List<FactorFileRow> Rows, string Source) DeriveFactors(CsvBarSeries series)
    {
        var deriver = new FactorDeriver(series.PriceAdjustment, series.AdjustedClose is not null, series.Dividends is not null);
        for (var i = 0; i < series.Count; i++)
        {
            deriver.Add(series.Dates[i], series.Close[i], series.AdjustedClose?[i] ?? 0, series.Dividends?[i] ?? 0);
        }

        return deriver.Finish();
    }

    private static (ImportedSymbol Result, DateOnly First, DateOnly Last) ImportFile(
        string file, string ticker, string outFolder, string staging, ValidationOptions? options, List<string> stale)
    {
        using var symbol = new SymbolImport(staging, ticker);
        var report = CsvBarReader.ReadInto(file, symbol, options);
        LeanFolderWriter.WriteMapFile(staging, ticker, [new(symbol.First, ticker, "Q"), new(LeanFolderWriter.EndOfTime, ticker, "Q")]);
        var (rows, source) = symbol.Factors();
        if (rows.Count > 0)
        {
            LeanFolderWriter.WriteFactorFile(staging, ticker, rows);
        }
        else
        {
            // A stale factor file from an earlier import would re-adjust already adjusted prices.
            stale.Add(Path.Combine(outFolder, "equity", "usa", "factor_files", ticker.ToLowerInvariant() + ".csv"));
        }

        var basis = symbol.Adjustment.HasFlag(CsvPriceAdjustment.Dividends) ? PriceBasis.Adjusted : PriceBasis.Raw;
        return (new ImportedSymbol(ticker, file, symbol.Count, basis, rows.Count, source, report.Warnings.Count), symbol.First, symbol.Last);
    }

    /// <summary>Checks every name before any file is read: each must be a ticker, and no ticker may come twice.</summary>
    private static List<(string File, string Ticker)> Tickers(List<string> files)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<(string, string)>(files.Count);
        foreach (var file in files)
        {
            var ticker = TickerOf(file);
            if (!seen.TryAdd(ticker, file))
            {
                throw DataException.InFile(file, $"ticker {ticker} is also imported from {seen[ticker]}", "Import one file per ticker (rename or remove one of them).");
            }

            result.Add((file, ticker));
        }

        return result;
    }
    /// <summary>The ticker is the file name; a name that is not a ticker is bad input, not a programming error.</summary>
    private static string TickerOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        try
        {
            return Symbol.Create(name).Value;
        }
        catch (ArgumentException e)
        {
            throw new DataException($"{file}: the file name '{name}' is not a valid ticker ({e.Message.Split(" (Parameter", 2)[0]}). Rename the file to its ticker, e.g. SPY.csv.", e) { File = file };
        }
    }

    private static List<string> ExpandSources(IEnumerable<string> sources)
    {
        var files = new List<string>();
        foreach (var source in sources)
        {
            if (Directory.Exists(source))
            {
                files.AddRange(Directory.GetFiles(source, "*.csv").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(source))
            {
                files.Add(source);
            }
            else
            {
                throw DataException.InFile(source, "no such file or folder", "Give CSV files or folders that hold them.");
            }
        }

        if (files.Count == 0)
        {
            throw new DataException("data import: no CSV files found in the given paths. Give CSV files or folders that hold *.csv files.");
        }

        return files;
    }

    /// <summary>Moves every staged file to its place (ordinal order), removes stale factor files, then the staging folder.</summary>
    private static void Publish(string staging, string outFolder, List<string> stale)
    {
        foreach (var file in Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(outFolder, Path.GetRelativePath(staging, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }

        foreach (var path in stale.Where(File.Exists))
        {
            File.Delete(path);
        }

        Directory.Delete(staging, recursive: true);
    }

    private static void WriteCalendarIfAbsent(string outFolder, string staging, int firstYear, int lastYear)
    {
        var relative = Path.Combine("market-hours", "market-hours-database.json");
        if (!File.Exists(Path.Combine(outFolder, relative)))
        {
            // The rules cover 1900..9998; bars outside that range are stored but have no trading days in the calendar.
            var first = Math.Clamp(Math.Min(firstYear, 1998), CalendarFirstYear, CalendarLastYear);
            var last = Math.Clamp(Math.Max(lastYear + 5, 2030), first, CalendarLastYear);
            MarketHoursDatabaseWriter.Write(Path.Combine(staging, relative), UsEquityCalendarRules.Build(first, last));
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            DeleteFolder(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the import's own failure is what the caller must see; a leftover staging folder is replaced next time.
        }
    }
}
