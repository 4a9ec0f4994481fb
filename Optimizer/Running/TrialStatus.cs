namespace Backtest.Optimizer.Running;

/// <summary>How a trial ended.</summary>
public enum TrialStatus
{
    /// <summary>The trial function returned an outcome.</summary>
    Finished,

    /// <summary>The trial function threw; the error text is kept and the trial is retried on resume.</summary>
    Failed,
}
