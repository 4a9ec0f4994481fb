namespace Backtest.Algorithms.Signals;

/// <summary>
/// Z-score of a valuation spread over a rolling window, with the convention that a low value means small caps are
/// cheap relative to large caps (e.g. small-cap forward P/E over large-cap forward P/E, read with
/// <c>FredSeriesReader</c> from a date,value CSV and aligned with <c>RateAligner.Align</c>; or the
/// <see cref="RelativePriceProxy"/> when no valuation data is available). z = (x − mean) / sample std over the last
/// <c>Window</c> valid values including today's; NaN until the window is full or when the window is constant.
/// Regime: SmallCaps at z ≤ −EntryZ, LargeTech at z ≥ +EntryZ, back to Neutral when z crosses ∓ExitZ.
/// A NaN input leaves the window and the regime unchanged. O(1), allocation-free per update; not thread-safe.
/// </summary>
public sealed class ValuationSpreadSignal : IRegimeSignal
{
    private readonly ValuationSpreadSignalParameters _p;
    private readonly double[] _window;
    private int _count;
    private double _sum;
    private double _sumSquares;

    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public ValuationSpreadSignal(ValuationSpreadSignalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _p = parameters;
        _window = new double[parameters.Window];
    }

    public ValuationSpreadSignalParameters Parameters => _p;

    public DateTime Time { get; private set; } = DateTime.MinValue;

    public Regime Regime { get; private set; }

    /// <summary>The z-score as of <see cref="Time"/> (standard deviations), or NaN (see the class contract).</summary>
    public double ZScore { get; private set; } = double.NaN;

    /// <summary>Feeds the spread value known at the close of <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not after the previous update.</exception>
    public void Update(DateTime time, double value)
    {
        SignalGuard.After(Time, time, nameof(ValuationSpreadSignal));
        Time = time;
        if (double.IsNaN(value))
        {
            ZScore = double.NaN;
            return;
        }

        Push(value);
        ZScore = _count >= _window.Length ? ZOf(value) : double.NaN;
        Decide();
    }

    private void Push(double value)
    {
        var slot = _count % _window.Length;
        if (_count >= _window.Length)
        {
            var old = _window[slot];
            _sum -= old;
            _sumSquares -= old * old;
        }

        _window[slot] = value;
        _sum += value;
        _sumSquares += value * value;
        _count++;
        if (_count % _window.Length == 0)
        {
            Resum();
        }
    }

    // Running sums drift after many add/remove cycles; a full recount once per window keeps the error bounded
    // at O(1) amortised cost.
    private void Resum()
    {
        _sum = 0;
        _sumSquares = 0;
        foreach (var v in _window)
        {
            _sum += v;
            _sumSquares += v * v;
        }
    }

    private double ZOf(double value)
    {
        var n = _window.Length;
        var mean = _sum / n;
        var variance = (_sumSquares - (n * mean * mean)) / (n - 1);
        return variance > 1e-14 * Math.Max(1.0, mean * mean) ? (value - mean) / Math.Sqrt(variance) : double.NaN;
    }

    private void Decide()
    {
        var z = ZScore;
        if (double.IsNaN(z))
        {
            return;
        }

        if (z <= -_p.EntryZ)
        {
            Regime = Regime.SmallCaps;
        }
        else if (z >= _p.EntryZ)
        {
            Regime = Regime.LargeTech;
        }
        else if ((Regime == Regime.SmallCaps && z >= -_p.ExitZ) || (Regime == Regime.LargeTech && z <= _p.ExitZ))
        {
            Regime = Regime.Neutral;
        }
    }
}
