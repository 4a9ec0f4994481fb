using Backtest.Report.Input;

namespace Backtest.Report.Analysis;

/// <summary>
/// Everything the tear sheet shows about one run, computed once from its <see cref="RunResult"/>. The risk-free rate
/// is the one recorded in result.json, or else the one implied by the strategy's extended Sharpe, so that strategy and
/// benchmark metrics share one convention (<see cref="RiskFreeSource"/> says which).
/// </summary>
internal sealed record RunAnalysis
{
    public const int WorstDrawdownCount = 5;

    public required RunResult Run { get; init; }
    public required PerformanceSeries Strategy { get; init; }
    public required PerformanceSeries Benchmark { get; init; }
    public required double RiskFreeRate { get; init; }
    public required string RiskFreeSource { get; init; }
    public required RiskMetrics StrategyMetrics { get; init; }
    public required RiskMetrics BenchmarkMetrics { get; init; }
    public required IReadOnlyList<DrawdownPeriod> WorstDrawdowns { get; init; }
    public required PeriodReturns StrategyPeriods { get; init; }
    public required PeriodReturns BenchmarkPeriods { get; init; }
    public required AllocationView Allocation { get; init; }
    public required IReadOnlyList<RegimeSpan> Regimes { get; init; }

    public static RunAnalysis Of(RunResult run)
    {
        var strategy = PerformanceSeries.From(run.Dates, run.Equity);
        var benchmark = PerformanceSeries.From(run.Dates, run.Benchmark);
        var recorded = double.IsFinite(run.RiskFreeRate);
        var rf = recorded ? run.RiskFreeRate : RiskMetrics.ImpliedRiskFreeRate(strategy, run.ExtendedValue("Sharpe"));
        var source = recorded ? "the rate recorded in result.json"
            : double.IsFinite(rf) ? "implied by the strategy's recorded Sharpe (the run's mean risk-free rate)" : "not recorded; 0 used";
        return new RunAnalysis
        {
            Run = run,
            Strategy = strategy,
            Benchmark = benchmark,
            RiskFreeRate = double.IsFinite(rf) ? rf : 0,
            RiskFreeSource = source,
            StrategyMetrics = RiskMetrics.Compute(strategy, benchmark, rf),
            BenchmarkMetrics = RiskMetrics.Compute(benchmark, benchmark, rf),
            WorstDrawdowns = DrawdownPeriod.Worst(strategy, WorstDrawdownCount),
            StrategyPeriods = PeriodReturns.Compute(strategy),
            BenchmarkPeriods = PeriodReturns.Compute(benchmark),
            Allocation = AllocationView.Build(run),
            Regimes = RegimeSpan.FromPlots(run),
        };
    }
}
