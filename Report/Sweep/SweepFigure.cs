namespace Backtest.Report.Sweep;

/// <summary>
/// A diagnostic figure: its value, or null when it could not be computed, in which case <see cref="Note"/> gives the
/// reason (shown after "n/a"); with a value, <see cref="Note"/> explains it.
/// </summary>
public readonly record struct SweepFigure(double? Value, string Note)
{
    /// <summary>A figure that could not be computed, for <paramref name="reason"/>.</summary>
    public static SweepFigure NotAvailable(string reason) => new(null, reason);
}
