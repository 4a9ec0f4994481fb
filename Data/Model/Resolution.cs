namespace Backtest.Data.Model;

/// <summary>Bar period, with LEAN's names. Only trade bars of these periods are supported.</summary>
public enum Resolution
{
    Minute = 2,
    Hour = 3,
    Daily = 4,
}
