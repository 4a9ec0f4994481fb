namespace Backtest.Report.Sweep;

/// <summary>
/// One trial of a sweep as the report shows it.
/// </summary>
/// <param name="Number">The trial number (from 1, in search order).</param>
/// <param name="Rank">1 for the best accepted trial; null when the trial failed, lacks the target or misses a constraint.</param>
/// <param name="Parameters">The swept parameters' values as text, in the sweep's parameter order.</param>
/// <param name="Finished">False for a failed trial (then <paramref name="Error"/> says why and the statistics are empty).</param>
/// <param name="Statistics">LEAN's statistics under LEAN's names with LEAN's text values ("1.234", "28.2%").</param>
/// <param name="Target">The target statistic as a number (a percentage statistic as a fraction); null when missing,
/// whether or not the constraints are met.</param>
/// <param name="DailyReturns">Daily returns as fractions, one per trading day after the first; may be empty.</param>
/// <param name="TearSheet">The trial's tear sheet relative to the report file ("/" separated), or null when none was written.</param>
public sealed record SweepReportTrial(
    int Number,
    int? Rank,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    bool Finished,
    string? Error,
    IReadOnlyDictionary<string, string> Statistics,
    double? Target,
    IReadOnlyList<double> DailyReturns,
    string? TearSheet = null)
{
    /// <summary>The value of parameter <paramref name="name"/>, or "" when the trial does not set it.</summary>
    public string Parameter(string name)
    {
        // Read for every trial by each chart and table of the report: an indexed scan, no delegate or enumerator.
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (string.Equals(Parameters[i].Key, name, StringComparison.Ordinal))
            {
                return Parameters[i].Value ?? string.Empty;
            }
        }

        return string.Empty;
    }
}
