using Backtest.Data.Model;

namespace Backtest.Data.Frames;

/// <summary>
/// The symbols of a run aligned to one time index: loaded once, then shared read-only by every
/// backtest of a sweep. Symbols are held in ordinal order of their tickers.
/// </summary>
public sealed class BarFrame
{
    private readonly Dictionary<Symbol, int> _positions;
    private readonly Lazy<TimeMajorBars>[] _rows;

    public BarFrame(TimeIndex index, IEnumerable<SymbolColumns> symbols, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        Index = index;
        Symbols = symbols.OrderBy(s => s.Symbol).ToArray();
        _positions = new Dictionary<Symbol, int>(Symbols.Count);
        for (var i = 0; i < Symbols.Count; i++)
        {
            if (!ReferenceEquals(Symbols[i].Index, index))
            {
                throw new ArgumentException($"{Symbols[i].Symbol} is aligned to a different time index.", nameof(symbols));
            }

            if (!_positions.TryAdd(Symbols[i].Symbol, i))
            {
                throw new ArgumentException($"{Symbols[i].Symbol} appears twice.", nameof(symbols));
            }
        }

        Fingerprint = fingerprint;
        _rows = new Lazy<TimeMajorBars>[4];
        for (var m = 0; m < _rows.Length; m++)
        {
            var mode = (DataNormalizationMode)m;
            _rows[m] = new Lazy<TimeMajorBars>(() => BuildRows(mode), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    public TimeIndex Index { get; }

    public IReadOnlyList<SymbolColumns> Symbols { get; }

    /// <summary>A content hash of the data (hex), recorded in results and sweep keys.</summary>
    public string Fingerprint { get; }

    /// <summary>True when any symbol came from the synthetic-market generator.</summary>
    public bool IsSynthetic => Symbols.Any(s => s.Source.IsSynthetic);

    /// <summary>
    /// Every symbol's bars in <paramref name="mode"/>'s prices, time-major (<see cref="TimeMajorBars"/>; the symbol at
    /// position p of <see cref="Symbols"/> is at position p of each period), each record the same value as that symbol's
    /// <see cref="SymbolColumns.ScaledBars"/>. The engine's time step reads every subscribed symbol's record of one period:
    /// laid out by symbol, a step over a thousand symbols reads a thousand memory streams (more than the hardware
    /// prefetcher follows, so each is a miss to memory); laid out by period, it reads one. Symbols whose source cannot
    /// give the mode (<see cref="SymbolColumns.RequireMode"/>) hold NaN records. Built for all symbols at the first use
    /// of a mode (40 bytes per bar), then shared by every run and thread.
    /// </summary>
    public TimeMajorBars ScaledRows(DataNormalizationMode mode) => _rows[(int)mode].Value;

    /// <summary>The position of <paramref name="symbol"/> in <see cref="Symbols"/> (its column in <see cref="ScaledRows"/>), or -1.</summary>
    public int PositionOf(Symbol symbol) => _positions.TryGetValue(symbol, out var i) ? i : -1;

    public bool TryGet(Symbol symbol, out SymbolColumns columns)
    {
        if (_positions.TryGetValue(symbol, out var i))
        {
            columns = Symbols[i];
            return true;
        }

        columns = null!;
        return false;
    }

    private TimeMajorBars BuildRows(DataNormalizationMode mode)
    {
        var absent = new ScaledPrices(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var scales = new double[]?[Symbols.Count];
        for (var p = 0; p < scales.Length; p++)
        {
            scales[p] = Symbols[p].SupportsMode(mode) ? Symbols[p].ScaleOrNull(mode) : null;
        }

        return TimeMajorBars.Build(Symbols.Count, Index.Count, (p, from, to, into, stride) =>
        {
            var columns = Symbols[p];
            var supported = columns.SupportsMode(mode);
            for (var i = from; i < to; i++)
            {
                into[(i - from) * stride] = supported ? columns.ScaledAt(i, scales[p]) : absent;
            }
        });
    }
}
