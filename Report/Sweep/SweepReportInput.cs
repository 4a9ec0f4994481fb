namespace Backtest.Report.Sweep;

/// <summary>
/// Everything a sweep report shows, computed by the caller (the optimizer's store and diagnostics are not visible
/// from this project).
/// </summary>
/// <param name="Algorithm">The algorithm's name, for the title.</param>
/// <param name="Target">The target statistic's name (LEAN's name, e.g. "Sharpe Ratio").</param>
/// <param name="Maximise">True when a larger target is better.</param>
/// <param name="ParameterNames">The swept parameters in the sweep's order; the ones with two or more distinct values get
/// charts.</param>
/// <param name="Trials">Every trial, any order (the report ranks by <see cref="SweepReportTrial.Rank"/>).</param>
/// <param name="Facts">Extra lines for the header (label, text), e.g. the search and the sweep folder.</param>
/// <param name="Windows">The walk-forward windows in order, or null for a plain sweep; for a walk-forward sweep the
/// trials are those of one window's in-sample search (the caller says which in <paramref name="Facts"/>).</param>
/// <param name="Dates">The trading days the trials ran over, first day included (a trial's daily return i belongs to
/// day i + 1); null when unknown (a store written before dates were recorded): the best-against-median chart then
/// counts trading days. Dates whose count does not fit the returns are ignored the same way.</param>
/// <param name="Stitched">The walk-forward's stitched out-of-sample equity, one point per out-of-sample daily return
/// in window order; null for a plain sweep.</param>
public sealed record SweepReportInput(
    string Algorithm,
    string Target,
    bool Maximise,
    IReadOnlyList<string> ParameterNames,
    IReadOnlyList<SweepReportTrial> Trials,
    SweepReportDiagnostics Diagnostics,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    IReadOnlyList<SweepReportWindow>? Windows = null,
    IReadOnlyList<DateOnly>? Dates = null,
    IReadOnlyList<StitchedPoint>? Stitched = null);
