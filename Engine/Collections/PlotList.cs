using System.Collections;
using Backtest.Engine.Algorithm;

namespace Backtest.Engine.Collections;

/// <summary>
/// The plot points of a run, stored as (series number, time, value) with each distinct (chart, series) name pair kept
/// once. The stored points hold no references, so adding one needs no GC write barrier and the collector never scans
/// the chunks that hold them (a strategy plotting five series daily records ~32,000 points over 25 years, which as
/// <see cref="PlotPoint"/>s with two string references each made every gen-0 collection of a run trace a megabyte).
/// Reads give back <see cref="PlotPoint"/>s in insertion order. Not thread-safe; one run owns it.
/// </summary>
internal sealed class PlotList : IReadOnlyList<PlotPoint>
{
    private readonly List<(string Chart, string Series)> _names = [];
    private readonly ChunkedList<Stored> _points = new();

    // The series expected next (see NumberOf).
    private int _predicted;

    public int Count => _points.Count;

    public PlotPoint this[int index] => Expand(_points[index]);

    public void Add(string chart, string series, DateTime time, double value) =>
        _points.Add(new Stored(NumberOf(chart, series), time, value));

    public IEnumerator<PlotPoint> GetEnumerator()
    {
        foreach (var point in _points)
        {
            yield return Expand(point);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private PlotPoint Expand(Stored point)
    {
        var (chart, series) = _names[point.Series];
        return new PlotPoint(chart, series, point.Time, point.Value);
    }

    /// <summary>The number of a (chart, series) pair, added on first use. Strategies plot the same series in the same
    /// order every step with the same string instances, so the series after the last one plotted is checked first, by
    /// reference (names are unique, so a match there is the one the ordinal scan would find). Only a miss scans: the
    /// scan compares the text of every other name of the same length, which made plotting a tenth of a W1 run.</summary>
    private int NumberOf(string chart, string series)
    {
        var p = _predicted;
        if ((uint)p < (uint)_names.Count && ReferenceEquals(_names[p].Chart, chart) && ReferenceEquals(_names[p].Series, series))
        {
            _predicted = Next(p);
            return p;
        }

        for (var i = 0; i < _names.Count; i++)
        {
            if (string.Equals(_names[i].Chart, chart, StringComparison.Ordinal) && string.Equals(_names[i].Series, series, StringComparison.Ordinal))
            {
                _predicted = Next(i);
                return i;
            }
        }

        _names.Add((chart, series));
        _predicted = 0;
        return _names.Count - 1;
    }

    private int Next(int series) => series + 1 == _names.Count ? 0 : series + 1;

    private readonly record struct Stored(int Series, DateTime Time, double Value);
}
