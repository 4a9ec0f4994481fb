using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Store;

/// <summary>
/// Where a sweep's trials are kept. One row per key; recording a key again replaces the row (a failed trial retried
/// on resume). Implementations are thread-safe: the runner records from several threads.
/// </summary>
public interface ITrialStore : IDisposable
{
    /// <summary>The finished trial stored under <paramref name="key"/>, or null (missing or failed).</summary>
    TrialResult? TryGetFinished(string key);

    /// <summary>Stores <paramref name="result"/> durably before returning.</summary>
    void Record(TrialResult result);

    /// <summary>Every stored trial, ordered by scope, trial number, then key (all ordinal).</summary>
    IReadOnlyList<TrialResult> ReadAll();
}
