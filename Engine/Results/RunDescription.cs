namespace Backtest.Engine.Results;

/// <summary>
/// What identifies a run beside its outcome, recorded in the result files.
/// </summary>
/// <param name="Algorithm">Algorithm class name.</param>
/// <param name="Parameters">Effective parameters, name to invariant text, in ordinal order.</param>
/// <param name="DataFolder">The data folder as the user gave it (not made absolute, so files stay machine-independent).</param>
/// <param name="DataFingerprint">Hex SHA-256 of the data files read.</param>
/// <param name="IsSynthetic">True when the data came from the synthetic-market generator: every output says so.</param>
/// <param name="EngineVersion">Version of Backtest.Engine that produced the run.</param>
public sealed record RunDescription(
    string Algorithm,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    string DataFolder,
    string DataFingerprint,
    bool IsSynthetic,
    string EngineVersion)
{
    /// <summary>The engine's informational version (assembly version), e.g. "0.1.0".</summary>
    public static string CurrentEngineVersion { get; } =
        typeof(RunDescription).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
