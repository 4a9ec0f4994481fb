using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// Runs a <see cref="QCAlgorithm"/> over a loaded <see cref="BarFrame"/> with LEAN's event semantics (SEMANTICS.md A.6).
/// The frame and calendar are only read, so one engine (or many) may share them across parallel runs; each run needs
/// its own algorithm instance. Deterministic: the same inputs give the same result.
/// </summary>
public sealed class BacktestEngine
{
    private readonly BarFrame _frame;
    private readonly TradingCalendar _calendar;
    private readonly BacktestOptions _options;

    public BacktestEngine(BarFrame frame, TradingCalendar calendar, BacktestOptions? options = null)
    {
        _frame = frame ?? throw new ArgumentNullException(nameof(frame));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _options = options ?? new BacktestOptions();
    }

    /// <summary>Initializes and runs <paramref name="algorithm"/> to its end date.</summary>
    /// <exception cref="InvalidOperationException">The algorithm was already run, set no start date, or added no security.</exception>
    public BacktestResult Run(QCAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return new BacktestRun(algorithm, _frame, _calendar, _options).Execute();
    }
}
