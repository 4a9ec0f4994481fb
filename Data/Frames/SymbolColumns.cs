using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Data.Model;

namespace Backtest.Data.Frames;

/// <summary>
/// One symbol's bars as columns aligned to a <see cref="TimeIndex"/>. Prices are stored as the source
/// gives them (raw for LEAN folders); absent periods hold NaN and are explained by <see cref="Presence"/>.
/// Immutable after construction and safe to share read-only across parallel runs.
/// </summary>
public sealed class SymbolColumns
{
    private readonly Lazy<double[]>[] _scales;
    private readonly Lazy<ScaledPrices[]>[] _scaled;

    public SymbolColumns(
        Symbol symbol,
        TimeIndex index,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[] volume,
        BarPresence[] presence,
        SourceInfo source,
        FactorFile? factors = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var n = index.Count;
        if (open.Length != n || high.Length != n || low.Length != n || close.Length != n || volume.Length != n || presence.Length != n)
        {
            throw new ArgumentException($"Every column of {symbol} must have {n} entries (the time index length).");
        }

        Symbol = symbol;
        Index = index;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
        Presence = presence;
        Source = source;
        Factors = factors;
        _scales = new Lazy<double[]>[4];
        _scaled = new Lazy<ScaledPrices[]>[4];
        for (var m = 0; m < _scales.Length; m++)
        {
            var mode = (DataNormalizationMode)m;
            _scales[m] = new Lazy<double[]>(() => BuildScale(mode), LazyThreadSafetyMode.ExecutionAndPublication);
            _scaled[m] = new Lazy<ScaledPrices[]>(() => BuildScaled(mode), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        FirstIndex = Array.IndexOf(presence, BarPresence.Present);
        LastIndex = Array.LastIndexOf(presence, BarPresence.Present);
    }

    public Symbol Symbol { get; }

    public TimeIndex Index { get; }

    public double[] Open { get; }

    public double[] High { get; }

    public double[] Low { get; }

    public double[] Close { get; }

    public double[] Volume { get; }

    public BarPresence[] Presence { get; }

    public SourceInfo Source { get; }

    public FactorFile? Factors { get; }

    /// <summary>Index of the first present bar, or -1 when there is none.</summary>
    public int FirstIndex { get; }

    /// <summary>Index of the last present bar, or -1 when there is none.</summary>
    public int LastIndex { get; }

    /// <summary>
    /// The per-period multiplier that turns stored prices into prices of <paramref name="mode"/>
    /// (SEMANTICS.md A.3: Adjusted = priceFactor x splitFactor, SplitAdjusted/TotalReturn = splitFactor, Raw = 1).
    /// TotalReturn's additive dividend sum is not part of the scale. Computed once, then shared.
    /// </summary>
    /// <exception cref="DataException">The mode needs raw prices but the source only has adjusted ones.</exception>
    public double[] PriceScale(DataNormalizationMode mode)
    {
        RequireMode(mode);
        return _scales[(int)mode].Value;
    }

    /// <summary>
    /// The bars in <paramref name="mode"/>'s prices, one record per period (open, high, low, close x scale; volume / scale,
    /// rounded): what a reader of whole bars needs at a period in one place instead of six arrays. The engine's time loop
    /// reads every security's bar at every step, and with one array per column a step over a thousand symbols touches
    /// six thousand cache lines in as many memory streams. Computed once per mode, then shared by every reader (40 bytes
    /// per period): like <see cref="PriceScale"/>, the array must not be modified.
    /// </summary>
    /// <exception cref="DataException">The mode needs raw prices but the source only has adjusted ones.</exception>
    public ScaledPrices[] ScaledBars(DataNormalizationMode mode)
    {
        RequireMode(mode);
        return _scaled[(int)mode].Value;
    }

    /// <summary>Checks that <paramref name="mode"/>'s prices can be computed from this source.</summary>
    /// <exception cref="DataException">The mode needs raw prices but the source only has adjusted ones.</exception>
    public void RequireMode(DataNormalizationMode mode)
    {
        if (mode != DataNormalizationMode.Adjusted && !Source.PricesAreRaw)
        {
            throw DataException.InFile(
                Source.Path,
                $"{Symbol} has only adjusted prices, so DataNormalizationMode.{mode} (which needs as-traded prices) is not available",
                "Use DataNormalizationMode.Adjusted, or import a file that carries raw closes and dividends (backtest data import).");
        }
    }

    /// <summary>True when <paramref name="mode"/>'s prices can be computed from this source (see <see cref="RequireMode"/>).</summary>
    internal bool SupportsMode(DataNormalizationMode mode) => mode == DataNormalizationMode.Adjusted || Source.PricesAreRaw;

    /// <summary>The scale <see cref="ScaledAt"/> takes for <paramref name="mode"/>: null when every scale is 1 (no factors, or
    /// Raw), so the array of ones is not built for it.</summary>
    internal double[]? ScaleOrNull(DataNormalizationMode mode) => HasUnitScale(mode) ? null : _scales[(int)mode].Value;

    /// <summary>Period <paramref name="i"/>'s record with <paramref name="scale"/> from <see cref="ScaleOrNull"/>: the one
    /// definition of a mode's bar, shared by <see cref="ScaledBars"/> and <see cref="BarFrame.ScaledRows"/>.</summary>
    internal ScaledPrices ScaledAt(int i, double[]? scale)
    {
        var s = scale is null ? 1.0 : scale[i];
        // The same operations, in the same order, as scaling a bar when it is read (prices x s, volume / s rounded).
        return new ScaledPrices(Open[i] * s, High[i] * s, Low[i] * s, Close[i] * s, Math.Round(Volume[i] / s));
    }

    private ScaledPrices[] BuildScaled(DataNormalizationMode mode)
    {
        var scale = ScaleOrNull(mode);
        var bars = new ScaledPrices[Index.Count];
        for (var i = 0; i < bars.Length; i++)
        {
            bars[i] = ScaledAt(i, scale);
        }

        return bars;
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Factors))]
    private bool HasUnitScale(DataNormalizationMode mode) => mode == DataNormalizationMode.Raw || Factors is null || !Source.PricesAreRaw;

    private double[] BuildScale(DataNormalizationMode mode)
    {
        var scale = new double[Index.Count];
        if (HasUnitScale(mode))
        {
            Array.Fill(scale, 1.0);
            return scale;
        }

        for (var i = 0; i < scale.Length; i++)
        {
            var row = Factors.RowFor(DateOnly.FromDateTime(Index.StartTimes[i]));
            scale[i] = row is null ? 1.0 : mode == DataNormalizationMode.Adjusted ? row.Value.PriceScaleFactor : row.Value.SplitFactor;
        }

        return scale;
    }
}
