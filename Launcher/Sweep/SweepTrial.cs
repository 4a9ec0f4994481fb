using System.Diagnostics.CodeAnalysis;
using Backtest.Data.Loading;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Results;
using Backtest.Engine.Scheduling;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.WalkForward;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// One sweep trial in-process, exactly as <c>backtest run</c> computes it: the config's parameters overlaid with
/// the trial's, the engine over the shared, read-only data set, LEAN's summary statistics, and the daily returns
/// (fractions, one per trading day after the first) for the overfitting diagnostics. Thread-safe: every call
/// creates its own algorithm and engine and only reads <paramref name="data"/>.
/// </summary>
internal sealed class SweepTrial(LauncherOptions options, [DynamicallyAccessedMembers(AlgorithmCatalog.Kept)] Type algorithmType, DataSet data)
{
    [DynamicallyAccessedMembers(AlgorithmCatalog.Kept)]
    private readonly Type algorithmType = algorithmType;

    // Every trial schedules the same events over the same calendar: their firing times are computed once.
    private readonly ScheduleCache schedules = new(data.Calendar);

    // A trial's sampled series are done with once its statistics and daily returns are taken: the next trial reuses them.
    private readonly ResultBufferPool buffers = new();

    /// <exception cref="AlgorithmException">The strategy threw (the sweep records the trial as failed).</exception>
    public TrialOutcome Run(TrialParameters trial, CancellationToken cancellation) => Run(trial, null, cancellation);

    /// <summary>The trial over <paramref name="period"/> only (a walk-forward window), or the config's dates when null.</summary>
    /// <exception cref="AlgorithmException">The strategy threw (the sweep records the trial as failed).</exception>
    public TrialOutcome Run(TrialParameters trial, TrialPeriod? period, CancellationToken cancellation)
    {
        var (result, _) = Execute(trial, period, cancellation, pooled: true);
        try
        {
            var daily = ResultFiles.DailySeries(result, data.Calendar.IsTradingDay);
            var statistics = RunStatistics.Compute(result, data.RiskFree, daily);
            var summary = statistics.Summary.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return new TrialOutcome(summary, DailyReturns(daily));
        }
        finally
        {
            buffers.Return(result);
        }
    }

    /// <summary>
    /// The trading days of the sweep period: the daily series' dates of one run with the config's own parameters (no
    /// swept value), first day included, so a trial's daily return i belongs to day i + 1 when the swept parameters do
    /// not move the period.
    /// </summary>
    /// <exception cref="AlgorithmException">The strategy threw.</exception>
    public IReadOnlyList<DateOnly> TradingDates(CancellationToken cancellation)
    {
        var (result, _) = Execute(new TrialParameters(0, []), null, cancellation);
        return [.. ResultFiles.DailySeries(result, data.Calendar.IsTradingDay).Select(p => p.Date)];
    }

    /// <summary>
    /// Runs the trial again and writes the result files <c>backtest run</c> would write into <paramref name="folder"/>,
    /// so a top trial gets a tear sheet (the caller writes it from the folder).
    /// </summary>
    /// <exception cref="AlgorithmException">The strategy threw.</exception>
    public void WriteRun(TrialParameters trial, TrialPeriod? period, string folder, CancellationToken cancellation)
    {
        var (result, parameters) = Execute(trial, period, cancellation);
        var statistics = RunStatistics.Compute(result, data.RiskFree, data.Calendar);
        var run = new RunDescription(algorithmType.Name, parameters, RunCommand.DisplayPath(options.DataFolder), data.Frame.Fingerprint,
            data.Frame.IsSynthetic, RunDescription.CurrentEngineVersion);
        ResultFiles.Write(folder, run, result, statistics.Summary, statistics.Extended, data.Calendar.IsTradingDay);
    }

    private (BacktestResult Result, IReadOnlyList<KeyValuePair<string, string>> Parameters) Execute(
        TrialParameters trial, TrialPeriod? period, CancellationToken cancellation, bool pooled = false)
    {
        cancellation.ThrowIfCancellationRequested();
        var parameters = options.Parameters;
        foreach (var value in trial.Values)
        {
            parameters = parameters.SetItem(value.Name, value.Text);
        }

        var (algorithm, bound) = AlgorithmCatalog.Create(algorithmType, parameters);
        var engineOptions = new BacktestOptions
        {
            Benchmark = data.Benchmark,
            Parameters = parameters,
            StartDateOverride = period?.Start ?? options.StartDate,
            EndDateOverride = period?.End ?? options.EndDate,
            CashOverride = options.Cash,
            CustomData = data.CustomData,
            RecordPlots = false,
            ScheduleCache = schedules,
            ResultBuffers = pooled ? buffers : null,
        };
        try
        {
            return (new BacktestEngine(data.Frame, data.Calendar, engineOptions).Run(algorithm), bound);
        }
        catch (Exception e) when (e is not OperationCanceledException and not Backtest.Data.Errors.DataException)
        {
            throw new AlgorithmException($"{algorithmType.Name} failed: {e.Message}", e);
        }
    }

    private static double[] DailyReturns(IReadOnlyList<DailyPoint> daily)
    {
        var returns = new double[Math.Max(0, daily.Count - 1)];
        for (var i = 1; i < daily.Count; i++)
        {
            returns[i - 1] = daily[i - 1].Equity == 0 ? 0 : (daily[i].Equity / daily[i - 1].Equity) - 1;
        }

        return returns;
    }
}
