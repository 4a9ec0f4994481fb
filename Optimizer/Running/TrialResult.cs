using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Running;

/// <summary>
/// A recorded trial: its parameters, its key (see <see cref="Store.TrialKey"/>), status, statistics and daily returns
/// (empty when failed or not supplied), for a failed trial the exception type and message, and the scope the trial
/// ran in ("" for a plain sweep; a walk-forward window label otherwise).
/// </summary>
public sealed record TrialResult(
    TrialParameters Parameters,
    string Key,
    TrialStatus Status,
    IReadOnlyDictionary<string, string> Statistics,
    IReadOnlyList<double> DailyReturns,
    string? Error,
    string Scope = "")
{
    public int Number => Parameters.Number;

    public static TrialResult Finished(TrialParameters parameters, string key, TrialOutcome outcome, string scope = "")
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var statistics = new SortedDictionary<string, string>(outcome.Statistics.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        return new TrialResult(parameters, key, TrialStatus.Finished, statistics, outcome.DailyReturns?.ToArray() ?? [], null, scope);
    }

    public static TrialResult Failed(TrialParameters parameters, string key, Exception error, string scope = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = $"{error.GetType().FullName}: {error.Message}";
        return new TrialResult(parameters, key, TrialStatus.Failed, new SortedDictionary<string, string>(StringComparer.Ordinal), [], text, scope);
    }
}
