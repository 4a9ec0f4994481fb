using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Data.Validation;

/// <summary>
/// Walks a folder recursively, recognises each file's kind (see <see cref="DataFileKind"/>) from its path and, for
/// CSVs of unknown place, from its header, and validates it with the matching reader. Markdown files are ignored;
/// other unrecognised files are reported as "not a data file, skipped". A bar-layout CSV inside a folder named
/// "rates" is a yield index (percent), so zero or negative values there are warnings, not errors. Backs <c>backtest data validate &lt;folder&gt;</c>.
/// </summary>
public static class DataFolderValidator
{
    /// <summary>
    /// Validates every file under <paramref name="folder"/>; results are in ordinal order of relative path. A file's
    /// error never stops the walk. The calendar for daily re-timing and gap checks is <paramref name="options"/>'
    /// calendar, else <c>market-hours/market-hours-database.json</c> under the folder, else weekdays without holidays.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<FileValidationResult> Validate(string folder, ValidationOptions? options = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Data folder '{folder}' does not exist.");
        }

        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();
        var effective = WithCalendar(root, options ?? DefaultOptions);
        var results = new List<FileValidationResult>(files.Length);
        foreach (var (full, relative) in files)
        {
            var kind = KindOf(full, relative);
            try
            {
                results.Add(Check(full, relative, kind, effective));
            }
            catch (DataException e)
            {
                results.Add(new FileValidationResult(relative, kind, 0, e.Message, [], null));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                // Structural problems the readers do not anticipate (e.g. a JSON value of the wrong type) still belong to this file only.
                results.Add(new FileValidationResult(relative, kind, 0, $"{full}: {e.Message}. Check that the file is complete and in the expected format.", [], null));
            }
        }

        return results;
    }

    /// <summary>
    /// Validates one file, recognised by its path as in <see cref="Validate"/>; the calendar comes from
    /// <paramref name="options"/>, else from a market-hours database beside the file, else weekdays.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static FileValidationResult ValidateFile(string path, ValidationOptions? options = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Data file '{path}' does not exist.", path);
        }

        var full = Path.GetFullPath(path);
        var root = Path.GetDirectoryName(full)!;
        // Recognition looks at the folders above the file (equity/usa/daily, rates, ...), so keep them in the relative path.
        var slashed = full.Replace('\\', '/');
        var equity = slashed.LastIndexOf("/equity/", StringComparison.Ordinal);
        var relative = equity >= 0 ? slashed[(equity + 1)..] : Path.GetFileName(root) + "/" + Path.GetFileName(full);
        var kind = KindOf(full, relative);
        try
        {
            return Check(full, relative, kind, WithCalendar(root, options ?? DefaultOptions));
        }
        catch (DataException e)
        {
            return new FileValidationResult(relative, kind, 0, e.Message, [], null);
        }
    }

    /// <summary>
    /// Value checks are errors; a run of more than 5 missing trading days is a warning, because LEAN files have
    /// gaps that their map files explain (QQQ traded as QQQQ) and downloaded histories have real halts.
    /// </summary>
    public static ValidationOptions DefaultOptions { get; } = new(new HashSet<ValidationCheck> { ValidationCheck.MissingTradingDays });

    internal static DataFileKind KindOf(string full, string relative)
    {
        var lower = relative.ToLowerInvariant();
        var name = Path.GetFileName(lower);
        if (lower.EndsWith(".zip", StringComparison.Ordinal))
        {
            return lower.Contains("/daily/", StringComparison.Ordinal) || lower.StartsWith("daily/", StringComparison.Ordinal) ? DataFileKind.LeanDaily
                : lower.Contains("/hour/", StringComparison.Ordinal) || lower.StartsWith("hour/", StringComparison.Ordinal) ? DataFileKind.LeanHour
                : name.EndsWith("_trade.zip", StringComparison.Ordinal) ? DataFileKind.LeanMinuteTrade
                : name.EndsWith("_quote.zip", StringComparison.Ordinal) ? DataFileKind.LeanMinuteQuote
                : DataFileKind.NotDataFile;
        }

        if (name == "market-hours-database.json")
        {
            return DataFileKind.MarketHours;
        }

        if (!lower.EndsWith(".csv", StringComparison.Ordinal))
        {
            return DataFileKind.NotDataFile;
        }

        return name switch
        {
            "interest-rate.csv" => DataFileKind.InterestRate,
            "symbol-properties-database.csv" => DataFileKind.SymbolProperties,
            _ when lower.Contains("factor_files/", StringComparison.Ordinal) => DataFileKind.FactorFile,
            _ when lower.Contains("map_files/", StringComparison.Ordinal) => DataFileKind.MapFile,
            _ => KindFromHeader(full),
        };
    }

    private static DataFileKind KindFromHeader(string full)
    {
        using var reader = new StreamReader(full, detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine();
        if (first is null)
        {
            // An empty CSV is reported by the bar reader as empty rather than silently skipped.
            return DataFileKind.BarCsv;
        }

        var header = CsvHeader.Parse(first);
        // A bar-like header without Close is read as bars so the missing column is an error, not a silent skip.
        return header.IsBarHeader || header.LooksLikeBars ? DataFileKind.BarCsv : header.IsRateHeader ? DataFileKind.RateCsv : DataFileKind.NotDataFile;
    }

    private static FileValidationResult Check(string full, string relative, DataFileKind kind, ValidationOptions options) => kind switch
    {
        DataFileKind.LeanDaily or DataFileKind.LeanHour or DataFileKind.LeanMinuteTrade or DataFileKind.LeanMinuteQuote => CheckLeanZip(full, relative, kind, options),
        DataFileKind.BarCsv when IsUnderRates(relative) => CheckYieldBars(full, relative, options),
        DataFileKind.BarCsv => Result(relative, kind, CsvBarReader.Validate(full, options)),
        DataFileKind.NotDataFile => new FileValidationResult(relative, kind, 0, null, [], "not a data file, skipped"),
        _ => CheckAuxiliary(full, relative, kind),
    };

    private static FileValidationResult CheckLeanZip(string full, string relative, DataFileKind kind, ValidationOptions options)
    {
        switch (kind)
        {
            case DataFileKind.LeanMinuteTrade:
                // One day per file: the trading-day gap check has nothing to look at.
                return Result(relative, kind, LeanZipReader.ReadMinuteTrades(full, MinuteDate(full), options with { Calendar = null }).Report);
            case DataFileKind.LeanMinuteQuote:
                return new FileValidationResult(relative, kind, LeanZipReader.ReadMinuteQuotes(full, MinuteDate(full)).Count, null, [], null);
            default:
                var resolution = kind == DataFileKind.LeanDaily ? Resolution.Daily : Resolution.Hour;
                return Result(relative, kind, LeanZipReader.ReadTradeBars(full, resolution, options.Calendar!, options).Report);
        }
    }

    /// <summary>A yield index in bar layout (Yahoo's ^IRX): values are percent and were below zero in March 2020.</summary>
    private static FileValidationResult CheckYieldBars(string full, string relative, ValidationOptions options)
    {
        var yieldOptions = options with { WarnOnly = new HashSet<ValidationCheck>(options.WarnOnly) { ValidationCheck.NonPositivePrice } };
        return Result(relative, DataFileKind.BarCsv, CsvBarReader.Validate(full, yieldOptions)) with { Note = "rate in bar layout: zero or negative values allowed" };
    }

    private static FileValidationResult CheckAuxiliary(string full, string relative, DataFileKind kind)
    {
        switch (kind)
        {
            case DataFileKind.FactorFile:
                var factors = FactorFileReader.Read(full, out var skipped);
                var note = skipped == 0 ? null : $"{skipped} rows ignored as LEAN ignores them (inf, e+, or a non-positive factor product)";
                return new FileValidationResult(relative, kind, factors.Rows.Count + skipped, null, [], note);
            case DataFileKind.MapFile:
                return new FileValidationResult(relative, kind, MapFileReader.Read(full).Rows.Count, null, [], null);
            case DataFileKind.InterestRate:
                return new FileValidationResult(relative, kind, InterestRateReader.Read(full).Count, null, [], null);
            case DataFileKind.MarketHours:
                var hours = MarketHoursDatabaseReader.Read(full);
                return new FileValidationResult(relative, kind, 0, null, [], $"{hours.Holidays.Count} holidays, {hours.EarlyCloses.Count} early closes");
            case DataFileKind.SymbolProperties:
                SymbolPropertiesReader.ReadUsaEquity(full);
                return new FileValidationResult(relative, kind, 0, null, [], null);
            default:
                var rates = FredSeriesReader.Read(full);
                return new FileValidationResult(relative, kind, rates.Count + rates.MissingObservations, null, [],
                    rates.MissingObservations == 0 ? null : $"{rates.MissingObservations} days without observation (blank or '.')");
        }
    }

    private static bool IsUnderRates(string relative) =>
        relative.StartsWith("rates/", StringComparison.OrdinalIgnoreCase) || relative.Contains("/rates/", StringComparison.OrdinalIgnoreCase);

    private static FileValidationResult Result(string relative, DataFileKind kind, ValidationReport report) =>
        new(relative, kind, report.Rows, null, report.Warnings, null);

    private static DateOnly MinuteDate(string full)
    {
        var name = Path.GetFileName(full);
        var stem = name.Split('_')[0];
        if (DateOnly.TryParseExact(stem, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw DataException.InFile(full, $"the minute file name '{name}' does not start with a yyyyMMdd date", "Name minute files <yyyyMMdd>_trade.zip or <yyyyMMdd>_quote.zip.");
    }

    private static ValidationOptions WithCalendar(string root, ValidationOptions options)
    {
        if (options.Calendar is not null)
        {
            return options;
        }

        var path = Path.Combine(root, "market-hours", "market-hours-database.json");
        var calendar = File.Exists(path)
            ? MarketHoursDatabaseReader.Read(path)
            : new TradingCalendar([], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));
        return options with { Calendar = calendar };
    }
}
