namespace Backtest.Launcher.Config;

/// <summary>
/// LEAN's <c>optimization-criterion</c>: a result-JSON path (without a dot it means <c>Statistics.&lt;name&gt;</c>),
/// a direction, and an optional value at which the search stops early.
/// </summary>
internal sealed record OptimizationCriterion(string Target, OptimizationExtremum Extremum, double? TargetValue);
