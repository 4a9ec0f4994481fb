using Backtest.Algorithms.Signals;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// Hold small caps when they are cheap relative to large tech: the z-score (over <see cref="Window"/> days) of a
/// user-supplied valuation series (custom series named by <see cref="ValuationSeries"/>, e.g. small-cap minus
/// large-cap forward P/E, low = small caps cheap) at or below -EntryZ; large tech at or above +EntryZ. Without a
/// series it uses the clearly named price proxy (RelativePriceProxy: log of small/large basket level relative to
/// its <see cref="ProxyWindow"/>-day average). Plots "Signals"/"Valuation z".
/// </summary>
public sealed class ValuationSpreadRotation : RotationAlgorithm
{
    private ValuationSpreadSignal _signal = null!;
    private RelativePriceProxy? _proxy;
    private CustomSeries? _series;

    [Parameter(Min = 20, Max = 2520, Description = "Rolling window (trading days) of the z-score")]
    public int Window { get; set; } = 756;

    [Parameter(Min = 0, Max = 5, Description = "|z| at or beyond which a regime is entered")]
    public double EntryZ { get; set; } = 1.0;

    [Parameter(Min = 0, Max = 5, Description = "|z| inside which the regime is left; not above EntryZ")]
    public double ExitZ { get; set; }

    [Parameter(Min = 20, Max = 2520, Description = "Moving-average window (trading days) of the price proxy")]
    public int ProxyWindow { get; set; } = 252;

    [Parameter(Description = "Custom series with the valuation spread; empty = price proxy")]
    public string ValuationSeries { get; set; } = string.Empty;

    protected override void InitializeSignals()
    {
        _signal = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(Window, EntryZ, ExitZ));
        if (ValuationSeries.Length > 0)
        {
            _series = AddData(ValuationSeries);
        }
        else
        {
            _proxy = new RelativePriceProxy(ProxyWindow);
        }
    }

    protected override (Regime Regime, double Score) UpdateSignals(DateTime time)
    {
        double value;
        if (_proxy is not null)
        {
            _proxy.Update(time, Small.DailyReturn, Large.DailyReturn);
            value = _proxy.Value;
        }
        else
        {
            value = _series!.Value;
        }

        _signal.Update(time, value);
        Plot("Signals", "Valuation z", _signal.ZScore);
        return (_signal.Regime, CompositeSignal.VoteOf(_signal.Regime));
    }
}
