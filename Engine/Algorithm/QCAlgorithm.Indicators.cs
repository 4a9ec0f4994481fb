using Backtest.Data.Model;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Algorithm;

/// <summary>
/// LEAN's indicator helpers (SMA, EMA, RSI, ROC, ROCP, MOMP, STD, MACD, MAX, MIN): each creates the indicator and
/// registers it to be updated with every bar of the symbol (fill-forward bars included, as LEAN's consolidators see
/// them) after corporate actions and before OnData, also while warming up (SetWarmUp), so it is ready when the warm-up
/// ends. Call them in Initialize. Inputs default to the bar close; MAX uses the bar high and MIN the bar low, as LEAN
/// does for trade-bar subscriptions. The engine runs one resolution per run, so <c>resolution</c> must be null or equal
/// to the security's resolution (LEAN would consolidate to a coarser one; we refuse rather than compute something else).
/// </summary>
public abstract partial class QCAlgorithm
{
    /// <summary>Simple moving average of the last <paramref name="period"/> inputs.</summary>
    public SimpleMovingAverage SMA(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new SimpleMovingAverage(period), resolution, selector);

    /// <summary>Exponential moving average, k = 2 / (period + 1), seeded with the SMA of the first <paramref name="period"/> inputs.</summary>
    public ExponentialMovingAverage EMA(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new ExponentialMovingAverage(period), resolution, selector);

    /// <summary>Relative strength index (0..100) on Wilder's averages by default.</summary>
    public RelativeStrengthIndex RSI(
        Symbol symbol, int period, MovingAverageType movingAverageType = MovingAverageType.Wilders, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new RelativeStrengthIndex(period, movingAverageType), resolution, selector);

    /// <summary>Rate of change as a fraction: (x_t - x_{t-period}) / x_{t-period}.</summary>
    public RateOfChange ROC(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new RateOfChange(period), resolution, selector);

    /// <summary>Rate of change in percent (ROC x 100).</summary>
    public RateOfChangePercent ROCP(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new RateOfChangePercent(period), resolution, selector);

    /// <summary>Momentum in percent (LEAN's MOMP, same values as ROCP).</summary>
    public MomentumPercent MOMP(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new MomentumPercent(period), resolution, selector);

    /// <summary>Population standard deviation of the last <paramref name="period"/> inputs (LEAN's STD).</summary>
    public StandardDeviation STD(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new StandardDeviation(period), resolution, selector);

    /// <summary>MACD(fast, slow, signal) on <paramref name="type"/> moving averages (LEAN default Exponential).</summary>
    public MovingAverageConvergenceDivergence MACD(
        Symbol symbol, int fastPeriod, int slowPeriod, int signalPeriod, MovingAverageType type = MovingAverageType.Exponential,
        Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new MovingAverageConvergenceDivergence(fastPeriod, slowPeriod, signalPeriod, type), resolution, selector);

    /// <summary>Maximum of the last <paramref name="period"/> inputs; the input defaults to the bar high.</summary>
    public Maximum MAX(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new Maximum(period), resolution, selector ?? HighOf);

    /// <summary>Minimum of the last <paramref name="period"/> inputs; the input defaults to the bar low.</summary>
    public Minimum MIN(Symbol symbol, int period, Resolution? resolution = null, Func<TradeBar, double>? selector = null) =>
        Register(symbol, new Minimum(period), resolution, selector ?? LowOf);

    private static double HighOf(TradeBar bar) => bar.High;

    private static double LowOf(TradeBar bar) => bar.Low;

    private T Register<T>(Symbol symbol, T indicator, Resolution? resolution, Func<TradeBar, double>? selector)
        where T : IndicatorBase
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (!Securities.TryGetValue(symbol, out var security))
        {
            throw new InvalidOperationException($"{indicator.Name}: {symbol} is not subscribed; call AddEquity(\"{symbol}\") first.");
        }

        if (resolution is { } r && r != security.Resolution)
        {
            throw new NotSupportedException(
                $"{indicator.Name} at {r} on {symbol}: the subscription is {security.Resolution} and this engine does not consolidate; omit the resolution or subscribe at {r}.");
        }

        if (selector is null)
        {
            RegisterBarHandler(symbol, bar => indicator.Update(bar.EndTime, bar.Close));
        }
        else
        {
            RegisterBarHandler(symbol, bar => indicator.Update(bar.EndTime, selector(bar)));
        }

        return indicator;
    }
}
