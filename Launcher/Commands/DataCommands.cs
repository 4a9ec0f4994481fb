using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Import;
using Backtest.Data.Lean;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Data.Synthetic;
using Backtest.Data.Validation;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Commands;

/// <summary>The <c>backtest data ...</c> commands over Backtest.Data. Reports go to the context's output.</summary>
internal sealed class DataCommands : IDataCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Import(ImportRequest request, CommandContext context, CancellationToken cancellation)
    {
        var imported = Writing(request.OutFolder, () => CsvImporter.Import(request.Sources, request.OutFolder));
        foreach (var s in imported)
        {
            context.Out.WriteLine(string.Create(Inv,
                $"{s.Ticker,-8} {s.Rows,7} bars  prices {(s.Basis == PriceBasis.Raw ? "raw" : "adjusted"),-8}  factor rows {s.FactorRows,4} ({s.FactorSource})  warnings {s.Warnings}  <- {s.SourcePath}"));
        }

        context.Out.WriteLine($"Imported {imported.Count} file(s) into {request.OutFolder}.");
        context.Logger.Information("Imported {Count} CSV files into {Folder}", imported.Count, request.OutFolder);
    }

    public void Generate(GenerateRequest request, CommandContext context, CancellationToken cancellation)
    {
        Writing(request.OutFolder, () => SyntheticSample.Write(request.OutFolder, request.Seed));
        context.Out.WriteLine(string.Create(Inv, $"Wrote a SYNTHETIC market (seed {request.Seed}) to {request.OutFolder}."));
        context.Logger.Information("Generated synthetic market seed {Seed} into {Folder}", request.Seed, request.OutFolder);
    }

    public void Validate(ValidateRequest request, CommandContext context, CancellationToken cancellation)
    {
        var options = request.Lenient ? ValidationOptions.Lenient : DataFolderValidator.DefaultOptions;
        var results = new List<FileValidationResult>();
        foreach (var path in request.Paths)
        {
            cancellation.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                results.AddRange(DataFolderValidator.Validate(path, options).Select(r => r with { Path = Path.Combine(path, r.Path) }));
            }
            else if (File.Exists(path))
            {
                results.Add(DataFolderValidator.ValidateFile(path, options) with { Path = path });
            }
            else
            {
                throw DataException.InFile(path, "no such file or folder", "Give data files or folders to validate.");
            }
        }

        foreach (var r in results)
        {
            var status = r.Ok ? "ok     " : "INVALID";
            var detail = r.Ok ? string.Create(Inv, $"{r.Kind}, {r.Rows} rows, {r.Warnings.Count} warnings{(r.Note is null ? string.Empty : "; " + r.Note)}") : r.Error;
            context.Out.WriteLine($"{status} {r.Path}: {detail}");
        }

        var bad = results.Count(r => !r.Ok);
        context.Out.WriteLine(string.Create(Inv, $"{results.Count - bad} of {results.Count} file(s) valid."));
        if (bad > 0)
        {
            throw new DataException(string.Create(Inv, $"{bad} of {results.Count} file(s) are invalid (listed above). Fix each at the line named, or use --lenient to count price-consistency problems as warnings."));
        }
    }

    public void Info(InfoRequest request, CommandContext context, CancellationToken cancellation)
    {
        var folder = request.Folder;
        if (!Directory.Exists(folder))
        {
            throw DataException.InFile(folder, "the data folder does not exist", "Give a LEAN-format data folder (e.g. Data/sample).");
        }

        var calendarPath = Path.Combine(folder, "market-hours", "market-hours-database.json");
        var calendar = File.Exists(calendarPath) ? MarketHoursDatabaseReader.Read(calendarPath) : UsEquityCalendarRules.Build(1990, 2035);
        var synthetic = File.Exists(Path.Combine(folder, "SYNTHETIC"));
        var bases = PriceBasisFile.Read(folder);
        context.Out.WriteLine($"Data folder {folder}{(synthetic ? "  [SYNTHETIC DATA]" : string.Empty)}");
        var files = new List<string>();
        foreach (var resolution in new[] { Resolution.Daily, Resolution.Hour })
        {
            var dir = Path.Combine(folder, "equity", "usa", resolution.ToString().ToLowerInvariant());
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var zip in Directory.GetFiles(dir, "*.zip").Order(StringComparer.Ordinal))
            {
                cancellation.ThrowIfCancellationRequested();
                files.Add(zip);
                context.Out.WriteLine(Describe(folder, zip, resolution, calendar, bases));
            }
        }

        context.Out.WriteLine($"Fingerprint (SHA-256 of the bar files): {FileFingerprint.Of(files)}");
    }

    /// <summary>
    /// Runs a command that writes <paramref name="folder"/>. Every source is checked to exist before anything is
    /// written and read problems are <see cref="DataException"/>s, so a file-system error that escapes is a failed
    /// write: it becomes an <see cref="Errors.OutputException"/> (exit 5) naming the folder, not an internal error.
    /// </summary>
    private static T Writing<T>(string folder, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new Errors.OutputException($"cannot write the data folder {folder}", error);
        }
    }

    private static void Writing(string folder, Action write) => Writing(folder, () =>
    {
        write();
        return 0;
    });

    private static string Describe(string folder, string zip, Resolution resolution, TradingCalendar calendar, IReadOnlyDictionary<string, PriceBasis> bases)
    {
        var ticker = Path.GetFileNameWithoutExtension(zip).ToUpperInvariant();
        var bars = LeanZipReader.ReadTradeBars(zip, resolution, calendar, ValidationOptions.Lenient).Bars;
        var factor = File.Exists(Path.Combine(folder, "equity", "usa", "factor_files", ticker.ToLowerInvariant() + ".csv")) ? "factor file" : "no factor file";
        var basis = bases.TryGetValue(ticker, out var b) && b == PriceBasis.Adjusted ? "adjusted prices" : "raw prices";
        var range = bars.Count == 0 ? "no bars" : string.Create(Inv, $"{bars[0].Time:yyyy-MM-dd} .. {bars[^1].Time:yyyy-MM-dd}");
        return string.Create(Inv, $"  {resolution,-6} {ticker,-8} {bars.Count,7} bars  {range}  {basis}, {factor}");
    }
}
