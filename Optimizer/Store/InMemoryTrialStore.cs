using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Store;

/// <summary>An <see cref="ITrialStore"/> in memory, for tests and dry runs. Thread-safe.</summary>
public sealed class InMemoryTrialStore : ITrialStore
{
    private readonly Dictionary<string, TrialResult> _rows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public TrialResult? TryGetFinished(string key)
    {
        lock (_gate)
        {
            return _rows.TryGetValue(key, out var row) && row.Status == TrialStatus.Finished ? row : null;
        }
    }

    public void Record(TrialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            // Keep the first number a key was seen under, as the SQLite store does.
            _rows[result.Key] = _rows.TryGetValue(result.Key, out var old)
                ? result with { Parameters = result.Parameters.Renumber(Math.Min(old.Number, result.Number)) }
                : result;
        }
    }

    public IReadOnlyList<TrialResult> ReadAll()
    {
        lock (_gate)
        {
            return _rows.Values.OrderBy(r => r.Scope, StringComparer.Ordinal).ThenBy(r => r.Number).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();
        }
    }

    public void Dispose()
    {
    }
}
