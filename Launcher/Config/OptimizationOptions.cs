using System.Collections.Immutable;
using Backtest.Optimizer.WalkForward;

namespace Backtest.Launcher.Config;

/// <summary>
/// LEAN's optimizer keys (SEMANTICS.md G), read from our <c>optimization</c> block of config.json.
/// Bound and validated now so a typo fails early; the sweep command will use them.
/// </summary>
internal sealed record OptimizationOptions
{
    /// <summary>LEAN's default strategy type name.</summary>
    public const string GridSearch = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy";

    /// <summary>Strategy type name (<c>optimization-strategy</c>); grid, Euler or random search.</summary>
    public string Strategy { get; init; } = GridSearch;

    /// <summary><c>optimization-strategy-settings.default-segment-amount</c>, or null for the strategy's default.</summary>
    public int? DefaultSegmentAmount { get; init; }

    /// <summary><c>optimization-strategy-settings.samples</c>: how many grid points a random search draws (our key;
    /// LEAN has no random strategy), or null when not given.</summary>
    public int? Samples { get; init; }

    /// <summary><c>optimization-strategy-settings.seed</c>: the random search's seed (default 0, so a sweep is always
    /// reproducible).</summary>
    public int Seed { get; init; }

    /// <summary>What to optimise (<c>optimization-criterion</c>); default: maximise Statistics.TotalProfit.</summary>
    public OptimizationCriterion Criterion { get; init; } = new("Statistics.TotalProfit", OptimizationExtremum.Max, null);

    /// <summary>Conditions every accepted result must meet (<c>constraints</c>), in config order.</summary>
    public ImmutableArray<OptimizationConstraint> Constraints { get; init; } = [];

    /// <summary>The parameter space (<c>parameters</c>), in config order.</summary>
    public ImmutableArray<OptimizationParameter> Parameters { get; init; } = [];

    /// <summary><c>walk-forward</c> (our key; LEAN has none): in-sample and out-of-sample window lengths in trading days,
    /// the step between windows and whether in-sample windows are anchored at the first day; null for a plain sweep.</summary>
    public WalkForwardOptions? WalkForward { get; init; }

    /// <summary><c>maximum-concurrent-backtests</c>, or null for max(1, processors / 2).</summary>
    public int? MaximumConcurrentBacktests { get; init; }
}
