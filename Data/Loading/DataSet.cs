using Backtest.Data.Calendar;
using Backtest.Data.Csv;
using Backtest.Data.Frames;
using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Data.Loading;

/// <summary>
/// Everything a run reads from one data folder, loaded once and shareable read-only (e.g. by every trial of a sweep):
/// the calendar, the bars of every ticker of a resolution over the files' whole range, LEAN's hourly benchmark feed
/// when the folder has hour data for it, the risk-free rate and the custom daily series.
/// </summary>
/// <param name="Calendar">From market-hours/market-hours-database.json, else the built-in rule-based US calendar.</param>
/// <param name="Frame">The bars.</param>
/// <param name="Benchmark">The hourly benchmark columns (LEAN's internal feed) when present, else null.</param>
/// <param name="RiskFree">Annual risk-free rate as a fraction by date: interest-rate.csv, else LEAN's default 1%.</param>
/// <param name="CustomData">FRED-style series by name (case-insensitive) for AddData.</param>
public sealed record DataSet(
    TradingCalendar Calendar,
    BarFrame Frame,
    SymbolColumns? Benchmark,
    Func<DateOnly, double> RiskFree,
    IReadOnlyDictionary<string, RateSeries> CustomData)
{
    /// <summary>LEAN's DefaultRiskFreeRate, used when the folder has no interest-rate file.</summary>
    public const double DefaultRiskFreeRate = 0.01;

    /// <summary>Loads a LEAN-layout folder (or a folder of CSV files when <paramref name="csv"/>).</summary>
    /// <param name="extraSeries">More custom series, name to file; they win over the folder's alternative/fred files.</param>
    /// <exception cref="Errors.DataException">A file is missing or invalid.</exception>
    public static DataSet Load(
        string folder, Resolution resolution, bool csv = false, string benchmarkTicker = "SPY",
        IReadOnlyDictionary<string, string>? extraSeries = null)
    {
        var calendarPath = Path.Combine(folder, "market-hours", "market-hours-database.json");
        var calendar = File.Exists(calendarPath) ? MarketHoursDatabaseReader.Read(calendarPath) : UsEquityCalendarRules.Build(1990, 2035);
        var extent = DataExtent.Scan(folder, csv, resolution);
        var frame = csv
            ? FrameLoader.FromCsvFolder(folder, extent.Tickers, extent.First, extent.Last, calendar)
            : FrameLoader.FromLean(folder, extent.Tickers, resolution, extent.First, extent.Last, calendar);

        SymbolColumns? benchmark = null;
        var hourZip = Path.Combine(folder, "equity", "usa", "hour", benchmarkTicker.ToLowerInvariant() + ".zip");
        if (!csv && resolution == Resolution.Daily && File.Exists(hourZip))
        {
            benchmark = FrameLoader.FromLean(folder, [benchmarkTicker], Resolution.Hour, extent.First, extent.Last, calendar).Symbols[0];
        }

        return new DataSet(calendar, frame, benchmark, RiskFreeRateOf(folder), CustomSeries(folder, extraSeries));
    }

    /// <summary>
    /// LEAN's default risk-free model: &lt;folder&gt;/alternative/interest-rate/usa/interest-rate.csv (percent in the file,
    /// fractions here, forward-filled) when it exists, else the constant <see cref="DefaultRiskFreeRate"/>.
    /// </summary>
    /// <exception cref="Errors.DataException">The file exists but is invalid.</exception>
    public static Func<DateOnly, double> RiskFreeRateOf(string folder)
    {
        var path = Path.Combine(folder, "alternative", "interest-rate", "usa", "interest-rate.csv");
        return File.Exists(path) ? InterestRateReader.Read(path).GetInterestRate : static _ => DefaultRiskFreeRate;
    }

    private static Dictionary<string, RateSeries> CustomSeries(string folder, IReadOnlyDictionary<string, string>? extra)
    {
        var result = new Dictionary<string, RateSeries>(StringComparer.OrdinalIgnoreCase);
        var fred = Path.Combine(folder, "alternative", "fred");
        if (Directory.Exists(fred))
        {
            foreach (var file in Directory.GetFiles(fred, "*.csv").Order(StringComparer.Ordinal))
            {
                var series = FredSeriesReader.Read(file);
                result[series.Name] = series;
            }
        }

        foreach (var (name, file) in extra ?? new Dictionary<string, string>())
        {
            result[name] = FredSeriesReader.Read(file) with { Name = name };
        }

        return result;
    }
}
