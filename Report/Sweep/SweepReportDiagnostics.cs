namespace Backtest.Report.Sweep;

/// <summary>
/// The overfitting diagnostics shown next to the best result. <see cref="DeflatedSharpe"/> and
/// <see cref="Overfitting"/> are probabilities (0..1); <see cref="Degradation"/> is 1 - walk-forward efficiency
/// (a fraction: 0 kept the in-sample level, 1 lost all of it). <see cref="EdgeParameters"/> lists the parameters whose
/// best value lies on the edge of the searched range (empty: none; null: no best trial, see <see cref="EdgeNote"/>).
/// </summary>
public sealed record SweepReportDiagnostics(
    int Trials,
    int Finished,
    int Failed,
    SweepFigure DeflatedSharpe,
    SweepFigure Overfitting,
    IReadOnlyList<string>? EdgeParameters,
    string EdgeNote,
    SweepFigure Degradation);
