namespace Backtest.Engine.Indicators;

/// <summary>MOMP: LEAN's momentum in percent, identical to <see cref="RateOfChangePercent"/>.</summary>
public sealed class MomentumPercent : RateOfChangePercent
{
    /// <summary>Creates MOMP(period).</summary>
    public MomentumPercent(int period)
        : base($"MOMP({period})", period)
    {
    }
}
