namespace Backtest.Optimizer.Diagnostics;

/// <summary>Out-of-sample versus in-sample performance over walk-forward windows (walk-forward efficiency).</summary>
public static class WalkForwardDegradation
{
    /// <exception cref="ArgumentException">No windows.</exception>
    public static DegradationResult Compute(IReadOnlyList<WindowPerformance> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Count == 0)
        {
            throw new ArgumentException("At least one window is needed.", nameof(windows));
        }

        var ratios = windows.Select(w => w.InSample > 0 ? w.OutOfSample / w.InSample : double.NaN).ToArray();
        var meanIs = windows.Average(w => w.InSample);
        var meanOos = windows.Average(w => w.OutOfSample);
        var efficiency = meanIs > 0 ? meanOos / meanIs : double.NaN;
        return new DegradationResult(ratios, meanIs, meanOos, efficiency, 1d - efficiency);
    }
}
