namespace Backtest.Engine.Statistics;

/// <summary>
/// Per-symbol state of <see cref="CapacityEstimator"/> (LEAN's SymbolCapacity, SEMANTICS.md F.7). Money in decimal
/// as LEAN keeps it, so rounding of the reported capacity matches.
/// </summary>
internal sealed class SymbolCapacityState(string symbol)
{
    private const decimal DollarVolumeScale = 6_000_000m;

    private decimal _marketDollarVolume;
    private decimal _discount;
    private decimal _averageDollarVolume;
    private decimal _previousVolume;
    private DateTime? _previousBarTime;
    private bool _resetMarketVolumeOnNextFill;

    public string Symbol { get; } = symbol;

    public DateTime? LastFillTime { get; private set; }

    public int Trades { get; private set; }

    public decimal SaleVolume { get; private set; }

    /// <summary>The window rule and scale are taken from the period of the symbol's bars (strict 16:00 daily bars
    /// span 6.5 h and so count as Hour, as in LEAN).</summary>
    public CapacityResolution Resolution { get; private set; } = CapacityResolution.Second;

    public decimal MarketCapacityDollarVolume => _marketDollarVolume * Scale(Resolution);

    public void OnFill(DateTime time, decimal price, decimal absoluteQuantity)
    {
        SaleVolume += price * absoluteQuantity;
        // Fills close together shrink the volume this symbol may claim (LEAN: 2 x minutes since last fill / 390).
        var minutes = (decimal)(time - (LastFillTime ?? time.AddDays(-1))).TotalMinutes;
        _discount = Math.Clamp(2m * minutes / 390m, 0.20m, 1m);
        if (_resetMarketVolumeOnNextFill)
        {
            _marketDollarVolume = 0;
            Trades = 0;
            _resetMarketVolumeOnNextFill = false;
        }

        Trades++;
        LastFillTime = time;
    }

    /// <summary>Adds a bar seen at a time step; returns true when the symbol's monitoring window has closed.</summary>
    public bool OnBar(DateTime stepTime, decimal close, decimal volume, TimeSpan period)
    {
        if (volume == 0)
        {
            return false;
        }

        Resolution = ResolutionOf(period);
        var minutes = (decimal)(stepTime - (_previousBarTime ?? stepTime)).TotalMinutes;
        _averageDollarVolume = _previousBarTime is null || minutes == 0
            ? close * volume
            : close * (volume + _previousVolume) / minutes;
        _previousBarTime = stepTime;
        _previousVolume = volume;
        var include = IncludeMarketVolume(stepTime);
        if (include)
        {
            _marketDollarVolume += close * _discount * volume;
        }

        return !include;
    }

    public void ResetForNextSnapshot()
    {
        _resetMarketVolumeOnNextFill = true;
        SaleVolume = 0;
    }

    private bool IncludeMarketVolume(DateTime now)
    {
        if (LastFillTime is not { } fill)
        {
            return false;
        }

        switch (Resolution)
        {
            case CapacityResolution.Daily:
                return now == fill || now.Date == RoundUp(fill, TimeSpan.FromDays(1));
            case CapacityResolution.Hour:
                return now == RoundUp(fill, TimeSpan.FromHours(1));
            case CapacityResolution.Minute:
                return now <= fill.AddMinutes(TimeoutMinutes(DollarVolumeScale, 1));
            default:
                return now <= fill.AddMinutes(TimeoutMinutes(DollarVolumeScale / 60, 5));
        }
    }

    private int TimeoutMinutes(decimal scale, int floor)
    {
        var k = _averageDollarVolume != 0 ? scale / _averageDollarVolume : 10;
        return k > 120 ? 120 : (int)Math.Max(floor, (double)k);
    }

    private static DateTime RoundUp(DateTime time, TimeSpan step)
    {
        var remainder = time.Ticks % step.Ticks;
        return remainder == 0 ? time : time.AddTicks(step.Ticks - remainder);
    }

    private static CapacityResolution ResolutionOf(TimeSpan period)
    {
        if (period >= TimeSpan.FromDays(1))
        {
            return CapacityResolution.Daily;
        }

        if (period >= TimeSpan.FromHours(1))
        {
            return CapacityResolution.Hour;
        }

        return period >= TimeSpan.FromMinutes(1) ? CapacityResolution.Minute : CapacityResolution.Second;
    }

    private static decimal Scale(CapacityResolution resolution) => resolution switch
    {
        CapacityResolution.Daily => 0.02m,
        CapacityResolution.Hour => 0.05m,
        CapacityResolution.Minute => 0.20m,
        _ => 0.50m,
    };
}
