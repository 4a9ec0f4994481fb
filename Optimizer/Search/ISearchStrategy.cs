using Backtest.Optimizer.Running;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Search;

/// <summary>
/// Produces trials in rounds. The runner calls <see cref="Start"/>, runs the whole round, then passes the round's
/// results (ordered by trial number) to <see cref="Next"/>, until a round is empty. Trials are numbered from 1
/// across rounds. Implementations are deterministic: the same inputs give the same trials in the same order.
/// Not thread-safe; the runner calls them from one thread.
/// </summary>
public interface ISearchStrategy
{
    IReadOnlyList<TrialParameters> Start();

    IReadOnlyList<TrialParameters> Next(IReadOnlyList<TrialResult> finishedRound);
}
