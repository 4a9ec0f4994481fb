using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Engine.Tests.Support;

/// <summary>Builds small frames and calendars for engine tests (no files).</summary>
internal static class FrameBuilder
{
    public static TradingCalendar Calendar(params DateOnly[] holidays) =>
        new(holidays, new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));

    /// <summary>One daily bar per trading day, stamped 09:30-16:00 as LEAN's strict daily end times.</summary>
    public static TimeIndex Daily(TradingCalendar calendar, DateOnly first, DateOnly last)
    {
        var days = calendar.TradingDays(first, last).ToArray();
        return new TimeIndex(Resolution.Daily,
            days.Select(d => d.ToDateTime(new TimeOnly(9, 30))).ToArray(),
            days.Select(d => d.ToDateTime(new TimeOnly(16, 0))).ToArray());
    }

    /// <summary>Seven hour bars per trading day: 09:30-10:00, 10:00-11:00, ..., 15:00-16:00.</summary>
    public static TimeIndex Hourly(TradingCalendar calendar, DateOnly first, DateOnly last)
    {
        var starts = new List<DateTime>();
        var ends = new List<DateTime>();
        foreach (var d in calendar.TradingDays(first, last))
        {
            starts.Add(d.ToDateTime(new TimeOnly(9, 30)));
            ends.Add(d.ToDateTime(new TimeOnly(10, 0)));
            for (var h = 10; h < 16; h++)
            {
                starts.Add(d.ToDateTime(new TimeOnly(h, 0)));
                ends.Add(d.ToDateTime(new TimeOnly(h + 1, 0)));
            }
        }

        return new TimeIndex(Resolution.Hour, [.. starts], [.. ends]);
    }

    /// <summary>Columns from per-bar (open, high, low, close) tuples; volume 1,000,000; all present unless listed missing.</summary>
    public static SymbolColumns Columns(
        string ticker, TimeIndex index, Func<int, (double O, double H, double L, double C)> bar, int[]? missing = null, FactorFile? factors = null)
    {
        var n = index.Count;
        var (o, h, l, c, v) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        var presence = new BarPresence[n];
        for (var i = 0; i < n; i++)
        {
            (o[i], h[i], l[i], c[i]) = bar(i);
            v[i] = 1_000_000;
        }

        foreach (var i in missing ?? [])
        {
            presence[i] = BarPresence.Missing;
            o[i] = h[i] = l[i] = c[i] = v[i] = double.NaN;
        }

        var source = new SourceInfo("test:" + ticker, "test", PricesAreRaw: true, IsSynthetic: true);
        return new SymbolColumns(Symbol.Create(ticker), index, o, h, l, c, v, presence, source, factors);
    }

    /// <summary>Flat bars at <paramref name="price"/>.</summary>
    public static SymbolColumns Flat(string ticker, TimeIndex index, double price, FactorFile? factors = null) =>
        Columns(ticker, index, _ => (price, price, price, price), factors: factors);

    public static BarFrame Frame(params SymbolColumns[] columns) => new(columns[0].Index, columns, "test");
}
