namespace Backtest.Report.Sweep;

/// <summary>
/// The mean target over each pair of values of two parameters (<see cref="X"/> across, <see cref="Y"/> up). A cell
/// holds indices into the value lists; combinations no finished trial covered have no cell.
/// </summary>
internal sealed record HeatMap(string X, string Y, IReadOnlyList<string> XValues, IReadOnlyList<string> YValues, IReadOnlyList<HeatCell> Cells);

/// <summary>One heat-map cell: value indices, the mean target and how many trials it averages.</summary>
internal readonly record struct HeatCell(int X, int Y, double Mean, int Count);
