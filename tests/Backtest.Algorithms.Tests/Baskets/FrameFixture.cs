using Backtest.Data.Frames;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Tests.Baskets;

/// <summary>Builds small adjusted-only frames from close columns: NaN before the first / after the last finite
/// value is BeforeListing / AfterDelisting, NaN in between is Missing.</summary>
internal static class FrameFixture
{
    public static readonly DateTime Start = new(2024, 1, 1, 9, 30, 0);

    public static DateTime Day(int i) => Start.AddDays(i);

    public static BarFrame Build(params (string Ticker, double[] Closes)[] symbols)
    {
        var n = symbols[0].Closes.Length;
        var starts = Enumerable.Range(0, n).Select(Day).ToArray();
        var index = new TimeIndex(Resolution.Daily, starts, [.. starts.Select(s => s.AddHours(6.5))]);
        var columns = symbols.Select(s => Columns(index, s.Ticker, s.Closes));
        return new BarFrame(index, columns, "fixture");
    }

    private static SymbolColumns Columns(TimeIndex index, string ticker, double[] closes)
    {
        var first = Array.FindIndex(closes, double.IsFinite);
        var last = Array.FindLastIndex(closes, double.IsFinite);
        var presence = new BarPresence[closes.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            presence[i] = first < 0 || i < first ? BarPresence.BeforeListing
                : i > last ? BarPresence.AfterDelisting
                : double.IsFinite(closes[i]) ? BarPresence.Present : BarPresence.Missing;
        }

        var volume = closes.Select(c => double.IsFinite(c) ? 1000.0 : double.NaN).ToArray();
        return new SymbolColumns(
            Symbol.Create(ticker), index, closes, closes, closes, closes, volume, presence,
            new SourceInfo(ticker + ".csv", "csv-close", PricesAreRaw: false, IsSynthetic: false));
    }
}
