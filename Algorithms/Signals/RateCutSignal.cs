namespace Backtest.Algorithms.Signals;

/// <summary>
/// Reads the rate market's pricing of Fed cuts from the spread between the 2-year Treasury yield and the effective
/// fed funds rate (both percent per annum, as of the close of t; the caller aligns each series so that a value is
/// known from its observation date on, e.g. with <c>RateAligner.Align</c>). A negative spread means the market prices
/// cuts. Regime: SmallCaps from the day the spread falls to the entry level (optionally only after a policy cut)
/// until it rises to the exit level; otherwise <see cref="RateCutSignalParameters.OutsideRegime"/>. A NaN input
/// (no observation yet) leaves every output unchanged except the spread, which is NaN. O(1), allocation-free per
/// update after construction; not thread-safe.
/// </summary>
public sealed class RateCutSignal : IRegimeSignal
{
    private readonly RateCutSignalParameters _p;
    private readonly double[] _spreads;
    private int _count;
    private double _policyLevel = double.NaN;

    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public RateCutSignal(RateCutSignalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _p = parameters;
        _spreads = new double[parameters.LookbackDays + 1];
        Regime = parameters.OutsideRegime;
    }

    public RateCutSignalParameters Parameters => _p;

    public DateTime Time { get; private set; } = DateTime.MinValue;

    public Regime Regime { get; private set; }

    /// <summary>2-year yield minus fed funds, percentage points, as of <see cref="Time"/>; NaN when either input is NaN.</summary>
    public double Spread { get; private set; } = double.NaN;

    /// <summary>Spread now minus the spread <c>LookbackDays</c> valid updates ago (percentage points); NaN until then.</summary>
    public double SpreadChange { get; private set; } = double.NaN;

    /// <summary>True when the last fed funds move beyond the tolerance was down (a cut); false before any move or after a hike.</summary>
    public bool LastPolicyChangeWasCut { get; private set; }

    /// <summary>The close at which the last policy change was detected; <see cref="DateTime.MinValue"/> before any.</summary>
    public DateTime LastPolicyChangeTime { get; private set; } = DateTime.MinValue;

    /// <summary>Feeds the rates known at the close of <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not after the previous update.</exception>
    public void Update(DateTime time, double fedFunds, double twoYear)
    {
        SignalGuard.After(Time, time, nameof(RateCutSignal));
        Time = time;
        Spread = twoYear - fedFunds;
        if (double.IsNaN(Spread))
        {
            return;
        }

        TrackPolicy(time, fedFunds);
        _spreads[_count % _spreads.Length] = Spread;
        _count++;
        SpreadChange = _count > _p.LookbackDays ? Spread - _spreads[(_count - 1 - _p.LookbackDays) % _spreads.Length] : double.NaN;

        var cutAllowed = !_p.RequireCutTrend || LastPolicyChangeWasCut;
        if (Regime != Regime.SmallCaps && Spread <= _p.EntrySpread && cutAllowed)
        {
            Regime = Regime.SmallCaps;
        }
        else if (Regime == Regime.SmallCaps && Spread >= _p.ExitSpread)
        {
            Regime = _p.OutsideRegime;
        }
    }

    private void TrackPolicy(DateTime time, double fedFunds)
    {
        if (double.IsNaN(_policyLevel))
        {
            _policyLevel = fedFunds;
            return;
        }

        var move = fedFunds - _policyLevel;
        if (Math.Abs(move) > _p.PolicyTolerance)
        {
            LastPolicyChangeWasCut = move < 0;
            LastPolicyChangeTime = time;
            _policyLevel = fedFunds;
        }
    }
}
