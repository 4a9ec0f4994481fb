using System.Runtime.InteropServices;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// A result series as a span: the recorder's series are lists, and reading thousands of samples through the
/// read-only list interface costs an interface call per sample (an enumerator allocation too, for foreach). Other
/// list types are copied once.
/// </summary>
internal static class TimeSeriesView
{
    public static ReadOnlySpan<TimeSample> Of(IReadOnlyList<TimeSample> series) => series switch
    {
        List<TimeSample> list => CollectionsMarshal.AsSpan(list),
        TimeSample[] array => array,
        _ => series.ToArray(),
    };
}
