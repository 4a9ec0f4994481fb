using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Orders.Slippage;

namespace Backtest.Engine.Securities;

/// <summary>
/// A subscribed equity: models, leverage, holdings and the latest bar (prices in the subscription's normalization
/// mode, dollars). Prices come from the shared columns at the current index; nothing is copied per bar except the
/// few cached values below.
/// </summary>
public sealed class Security
{
    private double _leverage = 2;
    private Bar _currentBar;
    private Bar _lastTradeBar;

    // The arrays a time step reads, held directly: each step reads one element of each for every security, and going
    // through the columns object (and a bounds check per array) costs a dependent load per array. The presence and times
    // have the index's length (SymbolColumns checks that). The prices come already scaled, one record per period, from a
    // TimeMajorBars at column _offset: for a security of a frame the frame's time-major ScaledRows, so one step's records
    // of all securities lie side by side; for columns outside a frame the columns' own ScaledBars (width 1). Its chunks,
    // shift, mask and width are held here, so Update reads period i's record without another object or bounds check.
    private readonly ScaledPrices[][] _chunks;
    private readonly int _shift;
    private readonly int _mask;
    private readonly int _stride;
    private readonly int _offset;
    private readonly BarPresence[] _presence;
    private readonly DateTime[] _starts;
    private readonly DateTime[] _ends;

    /// <param name="frame">The frame <paramref name="columns"/> belong to (its time-major records are read), or null.</param>
    internal Security(Symbol symbol, SymbolColumns columns, Resolution resolution, DataNormalizationMode mode, bool fillForward, SecurityExchange exchange,
        BarFrame? frame = null)
    {
        Symbol = symbol;
        Columns = columns;
        Resolution = resolution;
        DataNormalizationMode = mode;
        FillForward = fillForward;
        Exchange = exchange;
        columns.RequireMode(mode);
        var position = frame?.PositionOf(columns.Symbol) ?? -1;
        var ofFrame = position >= 0 && ReferenceEquals(frame!.Symbols[position], columns);
        var rows = ofFrame ? frame!.ScaledRows(mode) : TimeMajorBars.Of(columns.ScaledBars(mode));
        _offset = ofFrame ? position : 0;
        if (rows.Periods != columns.Presence.Length)
        {
            throw new ArgumentException($"The records of {symbol} do not cover its columns' {columns.Presence.Length} periods.", nameof(frame));
        }

        _chunks = rows.Chunks;
        _shift = rows.Shift;
        _mask = rows.Mask;
        _stride = rows.Width;
        _presence = columns.Presence;
        _starts = columns.Index.StartTimes;
        _ends = columns.Index.EndTimes;
        Holdings = new SecurityHolding(this);
    }

    public Symbol Symbol { get; }

    public Resolution Resolution { get; }

    public DataNormalizationMode DataNormalizationMode { get; }

    /// <summary>True when missing bars are filled forward (LEAN's default).</summary>
    public bool FillForward { get; }

    public SecurityExchange Exchange { get; }

    public SecurityHolding Holdings { get; }

    /// <summary>Leverage (initial margin = notional / leverage). Default 2 in a margin account, 1 in a cash account.</summary>
    public double Leverage => _leverage;

    public IFeeModel FeeModel { get; private set; } = new InteractiveBrokersFeeModel();

    public ISlippageModel SlippageModel { get; private set; } = new NullSlippageModel();

    /// <summary>False once the security is delisted.</summary>
    public bool IsTradable { get; internal set; } = true;

    /// <summary>True once any bar (real or filled forward) has been seen.</summary>
    public bool HasData { get; private set; }

    /// <summary>Latest close in dollars, 0 before the first bar.</summary>
    public double Price => CurrentBar.Close;

    public double Open => CurrentBar.Open;

    public double High => CurrentBar.High;

    public double Low => CurrentBar.Low;

    public double Close => CurrentBar.Close;

    public double Volume => CurrentBar.Volume;

    /// <summary>The latest bar delivered, filled-forward or not.</summary>
    public Bar CurrentBar => _currentBar;

    /// <summary>True when <see cref="CurrentBar"/> is a fill-forward copy.</summary>
    public bool IsFillForward { get; private set; }

    /// <summary>The latest real (not filled-forward) bar: the only bar fill models use (SEMANTICS.md A.4).</summary>
    internal Bar LastTradeBar => _lastTradeBar;

    internal bool HasTradeBar { get; private set; }

    internal SymbolColumns Columns { get; }

    /// <summary>The manager this security was added to (a security belongs to one run's manager), and its position in
    /// that manager's order; the manager keeps both.</summary>
    internal SecurityManager? Manager { get; set; }

    internal int Position { get; set; } = -1;

    /// <summary>Period <paramref name="index"/>'s bar in this security's normalization mode (the columns' ScaledBars[index]).</summary>
    internal ref readonly ScaledPrices BarAt(int index) => ref _chunks[index >> _shift][((index & _mask) * _stride) + _offset];

    public void SetLeverage(double leverage)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leverage);
        _leverage = leverage;
    }

    public void SetFeeModel(IFeeModel feeModel) => FeeModel = feeModel ?? throw new ArgumentNullException(nameof(feeModel));

    public void SetSlippageModel(ISlippageModel slippageModel) =>
        SlippageModel = slippageModel ?? throw new ArgumentNullException(nameof(slippageModel));

    /// <summary>Updates the cache with the bar at <paramref name="index"/> of the shared columns; returns false when there
    /// is none (missing and not filled forward).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the columns.</exception>
    internal bool Update(int index)
    {
        // One range check for all the columns (they have one length), so the reads below skip their own.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_presence.Length, nameof(index));
        var presence = At(_presence, index);
        if (presence == BarPresence.Present)
        {
            var start = At(_starts, index);
            var end = At(_ends, index);
            // Scaled when the columns built ScaledBars: prices x scale, and volume divided by it and rounded to an integer
            // as LEAN does (SEMANTICS.md A.3).
            ref readonly var p = ref At(At(_chunks, index >> _shift), ((index & _mask) * _stride) + _offset);
            var open = p.Open;
            var high = p.High;
            var low = p.Low;
            var close = p.Close;
            var volume = p.Volume;
            // Both caches are written from registers: copying one freshly written struct into the other (or out of a
            // temporary) reads memory just stored field by field, which the CPU cannot forward and stalls on.
            _currentBar = new Bar(start, end, open, high, low, close, volume);
            _lastTradeBar = new Bar(start, end, open, high, low, close, volume);
            IsFillForward = false;
            HasData = true;
            HasTradeBar = true;
            return true;
        }

        if (presence == BarPresence.Missing && FillForward && HasData)
        {
            _currentBar = _currentBar with { Time = _starts[index], EndTime = _ends[index] };
            IsFillForward = true;
            return true;
        }

        return false;
    }

    /// <summary>array[index] without the bounds check; callers have checked index against the columns' length.</summary>
    private static ref T At<T>(T[] array, int index) =>
        ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array), index);

    /// <summary>Rescales cached prices by a Raw-mode split factor (e.g. 1/7): prices x factor, volume / factor.</summary>
    internal void ApplySplitToCache(double factor)
    {
        _currentBar = Scaled(_currentBar, factor);
        _lastTradeBar = Scaled(_lastTradeBar, factor);
    }

    internal void ForceLeverage(double leverage) => _leverage = leverage;

    private static Bar Scaled(Bar b, double f) =>
        b with { Open = b.Open * f, High = b.High * f, Low = b.Low * f, Close = b.Close * f, Volume = Math.Round(b.Volume / f) };

    public override string ToString() => Symbol.Value;
}
