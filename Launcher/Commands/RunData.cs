using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Lean;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Launcher.Config;
using Serilog;

namespace Backtest.Launcher.Commands;

/// <summary>What a run reads from its data folder: the calendar, the bars, an optional hourly benchmark, the risk-free rate.</summary>
internal sealed record RunData(TradingCalendar Calendar, BarFrame Frame, SymbolColumns? Benchmark, Func<DateOnly, double> RiskFree)
{
    /// <summary>LEAN's fallback when no interest-rate file exists (its DefaultRiskFreeRate).</summary>
    public const double DefaultRiskFreeRate = 0.01;

    public static RunData Load(LauncherOptions options, ILogger logger)
    {
        var folder = options.DataFolder;
        var calendarPath = Path.Combine(folder, "market-hours", "market-hours-database.json");
        var calendar = File.Exists(calendarPath) ? MarketHoursDatabaseReader.Read(calendarPath) : UsEquityCalendarRules.Build(1990, 2035);
        var resolution = options.Resolution ?? Resolution.Daily;
        var extent = DataExtent.Scan(folder, options.DataSource, resolution);
        var frame = options.DataSource == DataSourceKind.Lean
            ? FrameLoader.FromLean(folder, extent.Tickers, resolution, extent.First, extent.Last, calendar)
            : FrameLoader.FromCsvFolder(folder, extent.Tickers, extent.First, extent.Last, calendar);
        logger.Information("Loaded {Count} symbols, {Periods} {Resolution} periods {First}..{Last}, fingerprint {Fingerprint}",
            frame.Symbols.Count, frame.Index.Count, resolution, extent.First, extent.Last, frame.Fingerprint);

        // LEAN's benchmark is an internal hourly SPY feed; use it when the folder has hour data (parity), else the daily bars.
        var benchmarkTicker = (options.Benchmark ?? "SPY").ToUpperInvariant();
        var hourZip = Path.Combine(folder, "equity", "usa", "hour", benchmarkTicker.ToLowerInvariant() + ".zip");
        SymbolColumns? benchmark = null;
        if (options.DataSource == DataSourceKind.Lean && resolution == Resolution.Daily && File.Exists(hourZip))
        {
            benchmark = FrameLoader.FromLean(folder, [benchmarkTicker], Resolution.Hour, extent.First, extent.Last, calendar).Symbols[0];
        }
        else if (options.Benchmark is not null && frame.TryGet(Symbol.Create(benchmarkTicker), out var columns))
        {
            benchmark = columns;
        }

        var ratePath = Path.Combine(folder, "alternative", "interest-rate", "usa", "interest-rate.csv");
        Func<DateOnly, double> riskFree = File.Exists(ratePath) ? InterestRateReader.Read(ratePath).GetInterestRate : _ => DefaultRiskFreeRate;
        return new RunData(calendar, frame, benchmark, riskFree);
    }
}
