using Backtest.Data.Frames;
using Backtest.Data.Model;
using Serilog;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Inputs of one run besides the data. <see cref="Benchmark"/> is a benchmark series of any resolution on its own time
/// index, priced with its Adjusted scale; null uses the frame's column of the algorithm's benchmark symbol (default SPY)
/// when present, else a zero benchmark. For LEAN parity pass SPY hour bars: LEAN's internal benchmark feed is hourly and
/// its bar ends are engine time steps (SEMANTICS.md A.5).
/// </summary>
public sealed record BacktestOptions
{
    public SymbolColumns? Benchmark { get; init; }

    /// <summary>Values for GetParameter, by name (ordinal).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Last trading date of delisted symbols (a LEAN map file's last date when it is not 2050-12-31). A position still open
    /// on the next trading date at 00:00 is closed at the last price without fee (SEMANTICS.md E).
    /// </summary>
    public IReadOnlyDictionary<Symbol, DateOnly> DelistingDates { get; init; } = new Dictionary<Symbol, DateOnly>();

    /// <summary>Receives the algorithm's Debug/Log/Error messages at the end of the run; null discards them.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>
    /// Overrides of what Initialize set (the launcher's start-date, end-date and cash settings), applied right after
    /// Initialize so one algorithm class can be run over other periods without editing it. Null keeps the algorithm's.
    /// The end date is inclusive through 23:59:59.9999999 like SetEndDate.
    /// </summary>
    public DateOnly? StartDateOverride { get; init; }

    /// <inheritdoc cref="StartDateOverride"/>
    public DateOnly? EndDateOverride { get; init; }

    /// <summary>Starting cash override in dollars; null keeps the algorithm's SetCash.</summary>
    public double? CashOverride { get; init; }

    /// <summary>
    /// Scheduled-event firing times shared by the runs of a sweep (one instance for all trials over one calendar);
    /// null computes them per run. Ignored when built for another calendar. Results are the same either way.
    /// </summary>
    public Scheduling.ScheduleCache? ScheduleCache { get; init; }

    /// <summary>
    /// Series storage shared by the runs of a sweep: the run takes its equity, benchmark, performance and turnover series
    /// from the pool, and the caller hands the result back with <see cref="ResultBufferPool.Return"/> when done with it.
    /// Null allocates them per run. Results are the same either way.
    /// </summary>
    public ResultBufferPool? ResultBuffers { get; init; }

    /// <summary>
    /// False skips the algorithm's Plot calls (the result's Plots is empty); nothing else in the result changes. Sweeps
    /// turn it off: plots feed only the tear sheet, and a strategy plotting every day spends time and megabytes on them.
    /// </summary>
    public bool RecordPlots { get; init; } = true;

    /// <summary>Custom daily series the algorithm may subscribe with AddData(name), by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, Backtest.Data.Csv.RateSeries> CustomData { get; init; } =
        new Dictionary<string, Backtest.Data.Csv.RateSeries>(StringComparer.OrdinalIgnoreCase);
}
