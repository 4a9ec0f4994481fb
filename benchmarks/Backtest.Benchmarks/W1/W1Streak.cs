using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Securities;

namespace Backtest.Benchmarks.W1;

/// <summary>
/// W1 on the engine's public algorithm API, for the benchmarks. StreakRotation is the shipped W1 strategy but rejects
/// IwmWeight = 1 (Basket.SmallCaps requires 0 &lt; w &lt; 1 and would add IJR), so this class sets up exactly what
/// RotationAlgorithm would for W1 (cash account, fractional shares, orders sized at the fill price, no cash buffer,
/// 5 bps constant fee) with IWM and QQQ alone. The per-bar path does not allocate; the two target lists are reused.
/// </summary>
internal sealed class W1Streak : QCAlgorithm
{
    private static readonly Symbol Iwm = Symbol.Create("IWM");
    private static readonly Symbol Qqq = Symbol.Create("QQQ");
    private List<PortfolioTarget> _holdIwm = [];
    private List<PortfolioTarget> _holdQqq = [];
    private double _previousIwm = double.NaN;
    private double _previousQqq = double.NaN;
    private int _streakSmall;
    private int _streakLarge;
    private int _target = -1;
    private int _held = -1;

    public W1Streak(int threshold, double fee)
    {
        Threshold = threshold;
        Fee = fee;
    }

    public int Threshold { get; }

    /// <summary>Fee as a fraction of traded value (0.0005 = 5 bps).</summary>
    public double Fee { get; }

    public override void Initialize()
    {
        SetStartDate(2001, 1, 1);
        SetCash(100_000);
        SetBrokerageModel(BrokerageName.Default, AccountType.Cash);
        Settings.AllowFractionalShares = true;
        Settings.SizeTargetOrdersAtFillPrice = true;
        Settings.FreePortfolioValuePercentage = 0;
        Settings.MinimumOrderMarginPortfolioPercentage = 0;
        AddEquity("IWM").SetFeeModel(new ConstantPercentageFeeModel(Fee));
        AddEquity("QQQ").SetFeeModel(new ConstantPercentageFeeModel(Fee));
        _holdIwm = [new PortfolioTarget(Iwm, 1.0), new PortfolioTarget(Qqq, 0.0)];
        _holdQqq = [new PortfolioTarget(Iwm, 0.0), new PortfolioTarget(Qqq, 1.0)];
    }

    public override void OnData(Slice slice)
    {
        if (!slice.TryGetValue(Iwm, out var iwm) || !slice.TryGetValue(Qqq, out var qqq))
        {
            return;
        }

        var d = (iwm.Close / _previousIwm) - (qqq.Close / _previousQqq);
        _previousIwm = iwm.Close;
        _previousQqq = qqq.Close;
        if (double.IsNaN(d))
        {
            return;
        }

        _streakSmall = d > 0 ? _streakSmall + 1 : 0;
        _streakLarge = d < 0 ? _streakLarge + 1 : 0;
        _target = _streakSmall >= Threshold ? 0 : _streakLarge >= Threshold ? 1 : _target;
        if (_target >= 0 && _target != _held)
        {
            SetHoldings(_target == 0 ? _holdIwm : _holdQqq);
            _held = _target;
        }
    }
}
