using Backtest.Data.Calendar;

namespace Backtest.Engine.Securities;

/// <summary>The exchange a security trades on: its calendar and whether it is open now (regular hours only).</summary>
public sealed class SecurityExchange
{
    private readonly EngineClock _clock;

    internal SecurityExchange(TradingCalendar hours, EngineClock clock)
    {
        Hours = hours;
        _clock = clock;
    }

    public TradingCalendar Hours { get; }

    /// <summary>True when the regular session is open at the current algorithm time (open inclusive, close exclusive).</summary>
    public bool ExchangeOpen => Hours.IsOpen(_clock.Now);

    /// <summary>
    /// The first regular-session close strictly after <paramref name="time"/> (LEAN's next market close, used by
    /// market-on-close fills and the MOC submission buffer).
    /// </summary>
    public DateTime NextMarketClose(DateTime time)
    {
        var date = DateOnly.FromDateTime(time);
        if (Hours.IsTradingDay(date))
        {
            var close = date.ToDateTime(Hours.CloseOn(date));
            if (close > time)
            {
                return close;
            }
        }

        var next = Hours.NextTradingDay(date);
        return next.ToDateTime(Hours.CloseOn(next));
    }
}
