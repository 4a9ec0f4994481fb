namespace Backtest.Data.Frames;

/// <summary>
/// Bars of several symbols in one normalization mode laid out time-major: one period's records of every symbol side by
/// side, periods in order. Held in chunks of 2^<see cref="Shift"/> periods (each chunk at most ~5 MB, so no single
/// huge array has to be found in the heap), the last chunk holding the periods left. Immutable once built and shared
/// read-only by every run and thread: the arrays must not be modified.
/// </summary>
public sealed class TimeMajorBars
{
    /// <summary>Records per chunk are kept at or below this (2^17 x 40 bytes = 5 MB: several fit one of the runtime's 32 MB
    /// large-object regions; 20 MB chunks left ~12 MB of each region unused, ~20 MB more peak working set at W3 S = 1000).</summary>
    private const int MaxChunkRecords = 1 << 17;

    private TimeMajorBars(int width, int periods, int shift, ScaledPrices[][] chunks)
    {
        Width = width;
        Periods = periods;
        Shift = shift;
        Chunks = chunks;
    }

    /// <summary>Symbols per period (the record of the symbol at position p is at p within its period).</summary>
    public int Width { get; }

    public int Periods { get; }

    /// <summary>log2 of the periods per chunk: period i is in chunk i &gt;&gt; Shift, at row i &amp; (2^Shift − 1).</summary>
    public int Shift { get; }

    /// <summary>2^Shift − 1: period i is at row i &amp; Mask of its chunk.</summary>
    public int Mask => (int)((1L << Shift) - 1);

    /// <summary>The chunks; every one but the last holds 2^Shift x Width records.</summary>
    public ScaledPrices[][] Chunks { get; }

    /// <summary>Period <paramref name="period"/>'s record of the symbol at <paramref name="position"/>.</summary>
    public ref readonly ScaledPrices At(int period, int position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)period, (uint)Periods, nameof(period));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)position, (uint)Width, nameof(position));
        return ref Chunks[period >> Shift][((period & Mask) * Width) + position];
    }

    /// <summary>One symbol's records (<see cref="SymbolColumns.ScaledBars"/>) seen as this layout: width 1, one chunk
    /// (i &gt;&gt; 31 is 0 for every index), the array shared, not copied.</summary>
    public static TimeMajorBars Of(ScaledPrices[] bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return new TimeMajorBars(1, bars.Length, 31, [bars]);
    }

    /// <summary>Builds the layout with <paramref name="fill"/> writing the records of a range of periods for one symbol:
    /// fill(position, firstPeriod, endPeriod, destination, stride), record of period i at destination[(i − firstPeriod) x stride].</summary>
    internal static TimeMajorBars Build(int width, int periods, Action<int, int, int, Span<ScaledPrices>, int> fill)
    {
        var shift = 0;
        while (shift < 30 && (2L << shift) * Math.Max(1, width) <= MaxChunkRecords)
        {
            shift++;
        }

        var perChunk = 1 << shift;
        var count = (int)(((long)periods + perChunk - 1) / perChunk);
        var chunks = new ScaledPrices[count][];
        for (var c = 0; c < count; c++)
        {
            var first = c * perChunk;
            var rows = Math.Min(perChunk, periods - first);
            var chunk = new ScaledPrices[rows * width];
            // In blocks of 8 periods, symbol by symbol within a block: each symbol's source is read in runs and the block
            // being written stays in cache (one period at a time would read every symbol's sources at once; one symbol at
            // a time over the chunk would write a new cache line per record).
            const int Block = 8;
            for (var from = 0; from < rows; from += Block)
            {
                var to = Math.Min(rows, from + Block);
                for (var p = 0; p < width; p++)
                {
                    fill(p, first + from, first + to, chunk.AsSpan((from * width) + p), width);
                }
            }

            chunks[c] = chunk;
        }

        return new TimeMajorBars(width, periods, shift, chunks);
    }
}
