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
/// Round trip: stored prices equal the CSV's to 1/10,000 of a dollar (deci-cent rounding); factors are written in
/// shortest round-trip form, so adjusted prices reproduce the CSV's adjusted close to the same precision.
/// </summary>
public static class CsvImporter
{
    /// <summary>Relative change of adjusted close / close that marks a dividend (yfinance ratios carry ~2e-7 noise).</summary>
    private const double RatioChangeTolerance = 1e-5;

    /// <summary>Imports every file (folders contribute their *.csv files, ordinal order) into <paramref name="outFolder"/>.</summary>
    /// <exception cref="DataException">A file is malformed (nothing of that file is written) or two files map to one ticker.</exception>
    public static IReadOnlyList<ImportedSymbol> Import(IEnumerable<string> sources, string outFolder, ValidationOptions? options = null)
    {
        var files = ExpandSources(sources);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = new List<(string Ticker, CsvBarSeries Series)>(files.Count);
        foreach (var file in files)
        {
            var ticker = TickerOf(file);
            if (!seen.TryAdd(ticker, file))
            {
                throw DataException.InFile(file, $"ticker {ticker} is also imported from {seen[ticker]}", "Import one file per ticker (rename or remove one of them).");
            }

            // Parse and validate everything before writing anything, so a bad file leaves the folder untouched.
            parsed.Add((ticker, CsvBarReader.Read(file, options)));
        }

        var results = new List<ImportedSymbol>(parsed.Count);
        var bases = new Dictionary<string, PriceBasis>(PriceBasisFile.Read(outFolder), StringComparer.Ordinal);
        foreach (var (ticker, series) in parsed)
        {
            var result = WriteSymbol(outFolder, ticker, series);
            bases[ticker] = result.Basis;
            results.Add(result);
        }

        PriceBasisFile.Write(outFolder, bases);
        WriteCalendarIfAbsent(outFolder, parsed);
        return results;
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

    private static ImportedSymbol WriteSymbol(string root, string ticker, CsvBarSeries series)
    {
        var bars = new Bar[series.Count];
        for (var i = 0; i < bars.Length; i++)
        {
            var day = series.Dates[i].ToDateTime(TimeOnly.MinValue);
            var volume = double.IsNaN(series.Volume[i]) ? 0 : series.Volume[i];
            bars[i] = new Bar(day, day, series.Open[i], series.High[i], series.Low[i], series.Close[i], volume);
        }

        LeanFolderWriter.WriteDailyBars(root, ticker, bars);
        LeanFolderWriter.WriteMapFile(root, ticker, [new(series.Dates[0], ticker, "Q"), new(LeanFolderWriter.EndOfTime, ticker, "Q")]);

        var (rows, source) = DeriveFactors(series);
        var factorPath = Path.Combine(root, "equity", "usa", "factor_files", ticker.ToLowerInvariant() + ".csv");
        if (rows.Count > 0)
        {
            LeanFolderWriter.WriteFactorFile(root, ticker, rows);
        }
        else if (File.Exists(factorPath))
        {
            // A stale factor file from an earlier import would re-adjust already adjusted prices.
            File.Delete(factorPath);
        }

        var basis = series.PriceAdjustment.HasFlag(CsvPriceAdjustment.Dividends) ? PriceBasis.Adjusted : PriceBasis.Raw;
        return new ImportedSymbol(ticker, series.Path, series.Count, basis, rows.Count, source, series.Report.Warnings.Count);
    }

    /// <summary>Factor rows (ascending, ending with 2050-12-31) and what they were derived from; empty when not derivable.</summary>
    internal static (List<FactorFileRow> Rows, string Source) DeriveFactors(CsvBarSeries series)
    {
        if (series.PriceAdjustment.HasFlag(CsvPriceAdjustment.Dividends) || series.Count == 0)
        {
            return ([], "none");
        }

        if (series.AdjustedClose is { } adjusted)
        {
            return (FromAdjustedClose(series, adjusted), "adjusted-close");
        }

        return series.Dividends is { } dividends ? (FromDividends(series, dividends), "dividends") : ([], "none");
    }

    private static List<FactorFileRow> FromAdjustedClose(CsvBarSeries series, double[] adjusted)
    {
        var rows = new List<FactorFileRow>();
        var last = series.Count - 1;
        for (var i = 0; i < last; i++)
        {
            var here = adjusted[i] / series.Close[i];
            var next = adjusted[i + 1] / series.Close[i + 1];
            if (Math.Abs(here / next - 1) > RatioChangeTolerance)
            {
                rows.Add(new FactorFileRow(series.Dates[i], here, 1, series.Close[i]));
            }
        }

        var final = adjusted[last] / series.Close[last];
        if (Math.Abs(final - 1) > 1e-9)
        {
            rows.Add(new FactorFileRow(series.Dates[last], final, 1, series.Close[last]));
        }

        rows.Add(new FactorFileRow(LeanFolderWriter.EndOfTime, 1, 1, 0));
        return rows;
    }

    private static List<FactorFileRow> FromDividends(CsvBarSeries series, double[] dividends)
    {
        var rows = new List<FactorFileRow> { new(LeanFolderWriter.EndOfTime, 1, 1, 0) };
        var factor = 1.0;
        for (var i = series.Count - 1; i >= 1; i--)
        {
            if (dividends[i] > 0)
            {
                // The row sits on the day before the ex-date; its reference price is that day's close.
                factor *= 1 - (dividends[i] / series.Close[i - 1]);
                rows.Add(new FactorFileRow(series.Dates[i - 1], factor, 1, series.Close[i - 1]));
            }
        }

        rows.Reverse();
        return rows.Count == 1 ? [] : rows;
    }

    private static void WriteCalendarIfAbsent(string root, List<(string Ticker, CsvBarSeries Series)> parsed)
    {
        var path = Path.Combine(root, "market-hours", "market-hours-database.json");
        if (File.Exists(path))
        {
            return;
        }

        var first = parsed.Min(p => p.Series.Dates[0].Year);
        var last = parsed.Max(p => p.Series.Dates[^1].Year);
        MarketHoursDatabaseWriter.Write(path, UsEquityCalendarRules.Build(Math.Min(first, 1998), Math.Max(last + 5, 2030)));
    }
}
