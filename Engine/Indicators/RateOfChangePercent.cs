namespace Backtest.Engine.Indicators;

/// <summary>ROCP: <see cref="RateOfChange"/> in percent (x 100). Ready after period + 1 samples.</summary>
public class RateOfChangePercent : RateOfChange
{
    /// <summary>Creates ROCP(period).</summary>
    public RateOfChangePercent(int period)
        : base($"ROCP({period})", period)
    {
    }

    /// <summary>Creates the indicator under a given name.</summary>
    protected RateOfChangePercent(string name, int period)
        : base(name, period)
    {
    }

    /// <inheritdoc />
    protected override double Scale => 100;
}
