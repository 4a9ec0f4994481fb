using System.Runtime.CompilerServices;
using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Model;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// LEAN's internal benchmark feed (SEMANTICS.md A.5): its own columns, Adjusted prices, no fill-forward; its bar ends are
/// engine time steps. Before the first bar of the run the price is the last close before the run (never 0 when data exists).
/// </summary>
internal sealed class BenchmarkFeed
{
    // SmartRound of each bar's adjusted close, shared by every run over the same columns (a sweep's trials all sample
    // the same benchmark, and the rounding was ~2 % of a W2 sweep). Filled in on first use; NaN until then (a NaN close
    // rounds to NaN and is simply rounded again). Concurrent runs may both fill an entry, with the same value.
    private static readonly ConditionalWeakTable<SymbolColumns, double[]> RoundedCloses = new();

    private readonly SymbolColumns? _columns;
    private readonly ScaledPrices[] _bars = [];
    private readonly double[] _rounded = [];
    private int _cursor;

    /// <param name="calendar">Used to find the previous trading day: LEAN's feed starts at its session start, and those
    /// bars count as data points (F.10).</param>
    public BenchmarkFeed(SymbolColumns? columns, DateTime runStart, TradingCalendar calendar)
    {
        _columns = columns;
        if (columns is null)
        {
            return;
        }

        _bars = columns.ScaledBars(DataNormalizationMode.Adjusted);
        _rounded = RoundedCloses.GetValue(columns, static c =>
        {
            var rounded = new double[c.Index.Count];
            Array.Fill(rounded, double.NaN);
            return rounded;
        });
        var ends = columns.Index.EndTimes;
        var previousDay = calendar.PreviousTradingDay(DateOnly.FromDateTime(runStart));
        var feedStart = previousDay.ToDateTime(calendar.OpenOn(previousDay));
        while (_cursor < ends.Length && ends[_cursor] <= runStart)
        {
            Take(_cursor);
            if (ends[_cursor] > feedStart && columns.Presence[_cursor] == BarPresence.Present)
            {
                BarsDelivered++;
            }

            _cursor++;
        }

        SkipAbsent();
    }

    /// <summary>The latest benchmark close in dollars, SmartRounded as LEAN's daily benchmark sample records it (A.5);
    /// 0 when there is no benchmark.</summary>
    public double RoundedPrice { get; private set; }

    /// <summary>Benchmark bars taken so far (F.10 data points).</summary>
    public long BarsDelivered { get; private set; }

    /// <summary>Bars not yet taken (an upper bound of the steps the feed still creates).</summary>
    public int RemainingBars => _columns is null ? 0 : _columns.Index.Count - _cursor;

    /// <summary>End time of the next benchmark bar, or <see cref="DateTime.MaxValue"/>.</summary>
    public DateTime NextTime => _columns is not null && _cursor < _columns.Index.Count ? _columns.Index.EndTimes[_cursor] : DateTime.MaxValue;

    /// <summary>Takes the bar ending at <paramref name="time"/>, if any.</summary>
    public void AdvanceTo(DateTime time)
    {
        if (_columns is null || _cursor >= _columns.Index.Count || _columns.Index.EndTimes[_cursor] != time)
        {
            return;
        }

        Take(_cursor);
        BarsDelivered++;
        _cursor++;
        SkipAbsent();
    }

    private void Take(int i)
    {
        if (_columns!.Presence[i] == BarPresence.Present)
        {
            var rounded = _rounded[i];
            if (double.IsNaN(rounded))
            {
                rounded = DecimalRounding.SmartRound(_bars[i].Close);
                _rounded[i] = rounded;
            }

            RoundedPrice = rounded;
        }
    }

    private void SkipAbsent()
    {
        while (_cursor < _columns!.Index.Count && _columns.Presence[_cursor] != BarPresence.Present)
        {
            _cursor++;
        }
    }
}
