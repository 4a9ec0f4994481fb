using Backtest.Data.Errors;
using Backtest.Engine.Parameters;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.WalkForward;

namespace Backtest.Optimizer;

/// <summary>
/// A sweep as the Launcher builds it from config.json's optimization block: the space, the objective, the search
/// (with count and seed for random), and optionally walk-forward windows. <see cref="Validate"/> is the
/// fail-before-the-first-trial check.
/// </summary>
public sealed record SweepPlan(
    ParameterSpace Space,
    Objective Objective,
    SearchKind Search,
    int RandomCount = 0,
    ulong RandomSeed = 0,
    WalkForwardOptions? WalkForward = null)
{
    /// <summary>
    /// Checks parameter names and ranges against the algorithm's declared parameters, statistic keys against the
    /// known statistics, and the random-search count.
    /// </summary>
    /// <exception cref="DataException">The first problem found, naming the config path.</exception>
    public void Validate(IReadOnlyList<ParameterDescriptor> declaredParameters, IReadOnlyCollection<string> knownStatistics)
    {
        Space.Validate(declaredParameters);
        Objective.Validate(knownStatistics);
        if (Search == SearchKind.Random && RandomCount < 1)
        {
            throw new DataException(
                $"optimization-strategy-settings.count: a random search needs a positive trial count, got {RandomCount}. Set the number of trials to draw.");
        }
    }

    /// <summary>A fresh search (searches keep state, so walk-forward makes one per window).</summary>
    public ISearchStrategy CreateSearch() => Search switch
    {
        SearchKind.Grid => new GridSearch(Space),
        SearchKind.Random => new RandomSearch(Space, RandomCount, RandomSeed),
        SearchKind.Euler => new EulerSearch(Space, Objective),
        _ => throw new ArgumentOutOfRangeException(nameof(Search), Search, "Unknown search kind."),
    };
}
