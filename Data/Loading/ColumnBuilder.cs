using Backtest.Data.Frames;

namespace Backtest.Data.Loading;

/// <summary>Mutable per-symbol columns while a frame is loaded; every slot starts NaN and unclassified.</summary>
internal sealed class ColumnBuilder
{
    public ColumnBuilder(int count)
    {
        Open = Filled(count);
        High = Filled(count);
        Low = Filled(count);
        Close = Filled(count);
        Volume = Filled(count);
        Presence = new BarPresence[count];
        Array.Fill(Presence, BarPresence.Missing);
        Pinned = new bool[count];
    }

    /// <summary>Slots whose reason is known from a map file (listing range, absent data file); edges leave them alone.</summary>
    public bool[] Pinned { get; }

    public double[] Open { get; }

    public double[] High { get; }

    public double[] Low { get; }

    public double[] Close { get; }

    public double[] Volume { get; }

    public BarPresence[] Presence { get; }

    public void Set(int i, double open, double high, double low, double close, double volume)
    {
        Open[i] = open;
        High[i] = high;
        Low[i] = low;
        Close[i] = close;
        Volume[i] = volume;
        Presence[i] = BarPresence.Present;
    }

    /// <summary>Records a reason known from the map file for slot <paramref name="i"/>.</summary>
    public void Pin(int i, BarPresence presence)
    {
        Presence[i] = presence;
        Pinned[i] = true;
    }

    /// <summary>
    /// Turns unpinned Missing slots before the first present bar into BeforeListing and after the last into
    /// AfterDelisting (the data starts late or ends early). A symbol with no bar at all is BeforeListing throughout.
    /// </summary>
    public void ClassifyEdges()
    {
        var first = Array.IndexOf(Presence, BarPresence.Present);
        var last = Array.LastIndexOf(Presence, BarPresence.Present);
        for (var i = 0; i < Presence.Length; i++)
        {
            if (Presence[i] != BarPresence.Missing || Pinned[i])
            {
                continue;
            }

            if (first < 0 || i < first)
            {
                Presence[i] = BarPresence.BeforeListing;
            }
            else if (i > last)
            {
                Presence[i] = BarPresence.AfterDelisting;
            }
        }
    }

    private static double[] Filled(int count)
    {
        var a = new double[count];
        Array.Fill(a, double.NaN);
        return a;
    }
}
