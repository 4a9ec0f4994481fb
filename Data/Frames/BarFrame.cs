using Backtest.Data.Model;

namespace Backtest.Data.Frames;

/// <summary>
/// The symbols of a run aligned to one time index: loaded once, then shared read-only by every
/// backtest of a sweep. Symbols are held in ordinal order of their tickers.
/// </summary>
public sealed class BarFrame
{
    private readonly Dictionary<Symbol, int> _positions;

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
    }

    public TimeIndex Index { get; }

    public IReadOnlyList<SymbolColumns> Symbols { get; }

    /// <summary>A content hash of the data (hex), recorded in results and sweep keys.</summary>
    public string Fingerprint { get; }

    /// <summary>True when any symbol came from the synthetic-market generator.</summary>
    public bool IsSynthetic => Symbols.Any(s => s.Source.IsSynthetic);

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
}
