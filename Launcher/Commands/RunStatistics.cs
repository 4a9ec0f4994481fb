using Backtest.Data.Calendar;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Results;
using Backtest.Engine.Statistics;

namespace Backtest.Launcher.Commands;

/// <summary>LEAN's summary statistics and the extended (QuantStats-style) metrics of one run.</summary>
internal sealed record RunStatistics(IReadOnlyList<KeyValuePair<string, string>> Summary, IReadOnlyList<KeyValuePair<string, double>> Extended)
{
    public static RunStatistics Compute(BacktestResult result, Func<DateOnly, double> riskFree, TradingCalendar calendar) =>
        Compute(result, riskFree, ResultFiles.DailySeries(result, calendar.IsTradingDay));

    /// <summary>The statistics with the run's daily series (<see cref="ResultFiles.DailySeries"/>) already built: a sweep
    /// trial also takes its daily returns from it.</summary>
    public static RunStatistics Compute(BacktestResult result, Func<DateOnly, double> riskFree, IReadOnlyList<DailyPoint> daily)
    {
        var dates = daily.Select(p => p.Date.ToDateTime(TimeOnly.MinValue)).ToArray();
        var equity = daily.Select(p => p.Equity).ToArray();
        var lean = StatisticsBuilder.Build(result, riskFree);
        // Extended metrics use the same risk-free rate LEAN's statistics averaged over the equity samples.
        var extended = daily.Count < 2 ? null : ExtendedMetrics.Compute(dates, equity, lean.Portfolio.RiskFreeRate);
        return new RunStatistics(lean.Summary, ExtendedPairs(extended));
    }

    private static IReadOnlyList<KeyValuePair<string, double>> ExtendedPairs(ExtendedMetrics? m) => m is null ? [] :
    [
        new("CAGR", m.Cagr),
        new("Annual Volatility", m.AnnualVolatility),
        new("Sharpe", m.Sharpe),
        new("Sortino", m.Sortino),
        new("Max Drawdown", m.MaxDrawdown),
        new("Calmar", m.Calmar),
        new("Longest Drawdown Days", m.LongestDrawdownDays),
        new("Best Day", m.BestDay),
        new("Worst Day", m.WorstDay),
        new("Best Month", m.BestMonth),
        new("Worst Month", m.WorstMonth),
        new("Best Year", m.BestYear),
        new("Worst Year", m.WorstYear),
        new("Win Rate Days", m.WinRateDays),
    ];
}
