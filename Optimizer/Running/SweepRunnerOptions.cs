namespace Backtest.Optimizer.Running;

/// <summary>Runner settings. <see cref="Progress"/> is called from worker threads, one call at a time.</summary>
public sealed record SweepRunnerOptions
{
    /// <summary>Trials run at once; default all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public Action<SweepProgress>? Progress { get; init; }

    /// <summary>Scope of every trial of this run (part of the key, kept with the row); "" for a plain sweep.</summary>
    public string Scope { get; init; } = string.Empty;
}
