using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Search;

/// <summary>One round of given trials (e.g. the out-of-sample run of a walk-forward window's best parameters).</summary>
public sealed class FixedSearch(IReadOnlyList<TrialParameters> trials) : ISearchStrategy
{
    public IReadOnlyList<TrialParameters> Start() => trials;

    public IReadOnlyList<TrialParameters> Next(IReadOnlyList<TrialResult> finishedRound) => [];
}
