using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Data.Synthetic;

/// <summary>
/// Computes LEAN factor-file rows from raw bars and corporate actions the way LEAN's files are built
/// (../shared/parity/lean/SEMANTICS.md A.3, E): walking back from the newest action, each dividend multiplies the
/// price factor by (1 - dividend / reference close) and each split divides the split factor by its ratio; the row
/// sits on the trading day before the ex-date and carries that day's raw close as reference price. A first row on
/// the first bar date (reference price 1, as in LEAN's files) and the terminal 20501231,1,1,0 row frame the file.
/// </summary>
internal static class FactorFileBuilder
{
    public static IReadOnlyList<FactorFileRow> Build(
        IReadOnlyList<Bar> bars,
        IReadOnlyList<(DateOnly ExDate, double Amount)> dividends,
        IReadOnlyList<(DateOnly Date, double Ratio)> splits)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var index = new Dictionary<DateOnly, int>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            index[DateOnly.FromDateTime(bars[i].Time)] = i;
        }

        // Per ex-date: (dividend amount, split ratio); both may fall on one day.
        var events = new SortedDictionary<DateOnly, (double Dividend, double Ratio)>();
        foreach (var (d, a) in dividends)
        {
            events[d] = (events.GetValueOrDefault(d, (0, 1)).Dividend + a, events.GetValueOrDefault(d, (0, 1)).Ratio);
        }

        foreach (var (d, r) in splits)
        {
            events[d] = (events.GetValueOrDefault(d, (0, 1)).Dividend, events.GetValueOrDefault(d, (0, 1)).Ratio * r);
        }

        var rows = new List<FactorFileRow> { new(LeanFolderWriter.EndOfTime, 1, 1, 0) };
        var pf = 1.0;
        var sf = 1.0;
        foreach (var (exDate, (dividend, ratio)) in events.Reverse())
        {
            var i = index[exDate];
            if (i == 0)
            {
                continue;
            }

            var reference = bars[i - 1].Close;
            pf *= 1.0 - (dividend / reference);
            sf /= ratio;
            var date = DateOnly.FromDateTime(bars[i - 1].Time);
            rows.Add(new FactorFileRow(date, LeanFolderWriter.RoundPriceFactor(pf), LeanFolderWriter.RoundSplitFactor(sf), reference));
        }

        var firstDate = DateOnly.FromDateTime(bars[0].Time);
        if (rows[^1].Date != firstDate)
        {
            rows.Add(new FactorFileRow(firstDate, LeanFolderWriter.RoundPriceFactor(pf), LeanFolderWriter.RoundSplitFactor(sf), 1));
        }

        rows.Reverse();
        return rows;
    }
}
