using System.Numerics;

namespace Backtest.Engine.Statistics;

/// <summary>
/// Per-symbol state of the capacity model (LEAN's SymbolCapacity, SEMANTICS.md F.7), in a number type of the caller's
/// choice: <see cref="decimal"/> is LEAN's own arithmetic, <see cref="double"/> the fast path of
/// <see cref="CapacityEstimator"/>. The one decision that turns a number into an integer (the Minute/Second volume
/// window's length in whole minutes) raises <see cref="Uncertain"/> when the number is so close to an integer that the
/// two types could truncate it differently.
/// </summary>
internal sealed class SymbolCapacityState<T>(string symbol)
    where T : IFloatingPoint<T>
{
    private static readonly T DollarVolumeScale = T.CreateChecked(6_000_000m);
    private static readonly T FillsPerDayFactor = T.CreateChecked(2m);
    private static readonly T MinutesPerDay = T.CreateChecked(390m);
    private static readonly T MinimumDiscount = T.CreateChecked(0.20m);
    private static readonly T DefaultTimeoutScale = T.CreateChecked(10m);
    private static readonly T MaximumTimeout = T.CreateChecked(120m);
    private static readonly T Sixty = T.CreateChecked(60m);
    private static readonly T DailyScale = T.CreateChecked(0.02m);
    private static readonly T HourScale = T.CreateChecked(0.05m);
    private static readonly T MinuteScale = T.CreateChecked(0.20m);
    private static readonly T SecondScale = T.CreateChecked(0.50m);

    private T _marketDollarVolume = T.Zero;
    private T _discount = T.Zero;
    private T _averageDollarVolume = T.Zero;
    private T _previousVolume = T.Zero;
    private DateTime? _previousBarTime;
    private bool _resetMarketVolumeOnNextFill;

    public string Symbol { get; } = symbol;

    /// <summary>True while the model watches this symbol's bars (from a fill until its window closes); kept by the model.</summary>
    public bool Monitored { get; set; }

    public DateTime? LastFillTime { get; private set; }

    public int Trades { get; private set; }

    public T SaleVolume { get; private set; } = T.Zero;

    /// <summary>True once a window length was truncated from a value within <see cref="CapacityTolerance.Relative"/>
    /// of an integer.</summary>
    public bool Uncertain { get; private set; }

    /// <summary>The window rule and scale are taken from the period of the symbol's bars (strict 16:00 daily bars
    /// span 6.5 h and so count as Hour, as in LEAN).</summary>
    public CapacityResolution Resolution { get; private set; } = CapacityResolution.Second;

    public T MarketCapacityDollarVolume => _marketDollarVolume * Scale(Resolution);

    public void OnFill(DateTime time, T price, T absoluteQuantity)
    {
        SaleVolume += price * absoluteQuantity;
        // Fills close together shrink the volume this symbol may claim (LEAN: 2 x minutes since last fill / 390).
        var minutes = T.CreateChecked((time - (LastFillTime ?? time.AddDays(-1))).TotalMinutes);
        _discount = T.Clamp(FillsPerDayFactor * minutes / MinutesPerDay, MinimumDiscount, T.One);
        if (_resetMarketVolumeOnNextFill)
        {
            _marketDollarVolume = T.Zero;
            Trades = 0;
            _resetMarketVolumeOnNextFill = false;
        }

        Trades++;
        LastFillTime = time;
    }

    /// <summary>Adds a bar seen at a time step; returns true when the symbol's monitoring window has closed.</summary>
    public bool OnBar(DateTime stepTime, T close, T volume, TimeSpan period)
    {
        if (volume == T.Zero)
        {
            return false;
        }

        Resolution = ResolutionOf(period);
        var minutes = T.CreateChecked((stepTime - (_previousBarTime ?? stepTime)).TotalMinutes);
        _averageDollarVolume = _previousBarTime is null || minutes == T.Zero
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
        SaleVolume = T.Zero;
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
                return now <= fill.AddMinutes(TimeoutMinutes(DollarVolumeScale / Sixty, 5));
        }
    }

    private int TimeoutMinutes(T scale, int floor)
    {
        var k = _averageDollarVolume != T.Zero ? scale / _averageDollarVolume : DefaultTimeoutScale;
        if (k > MaximumTimeout)
        {
            Uncertain |= CapacityTolerance.AreClose(double.CreateChecked(k), 120);
            return 120;
        }

        var value = double.CreateChecked(k);
        Uncertain |= CapacityTolerance.AreClose(value, Math.Round(value));
        return (int)Math.Max(floor, value);
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

    private static T Scale(CapacityResolution resolution) => resolution switch
    {
        CapacityResolution.Daily => DailyScale,
        CapacityResolution.Hour => HourScale,
        CapacityResolution.Minute => MinuteScale,
        _ => SecondScale,
    };
}
