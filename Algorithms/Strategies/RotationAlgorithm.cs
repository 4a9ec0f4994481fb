using Backtest.Algorithms.Baselines;
using Backtest.Algorithms.Baskets;
using Backtest.Algorithms.Signals;
using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Parameters;
using Backtest.Engine.Securities;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// The wiring every rotation strategy shares, in the spirit of bt's RunX -> Select -> Weigh -> Rebalance chain:
/// at each daily close the baskets are updated, the subclass's signal decides a regime (and a score in [-1, 1]),
/// the allocation turns that into target weights, and orders go out on rebalance days when the targets changed
/// (on Weekly/Monthly schedules also to restore drifted weights). Orders decided at a daily close fill at the next
/// open (LEAN's market-on-open conversion). Plots "Regime"/"Regime" (+1 small caps, -1 large tech, 0 neutral) and
/// "Allocation"/basket weights every day, plus the subclass's signal series under "Signals".
/// </summary>
public abstract class RotationAlgorithm : QCAlgorithm
{
    private BasketTracker _small = null!;
    private BasketTracker _large = null!;
    private Symbol[] _symbols = [];
    private double[] _targets = [];
    private double[] _previousTargets = [];

    // Reused for every rebalance (SetHoldings only reads it): a daily-trading variant rebalances thousands of times.
    private readonly List<PortfolioTarget> _orderTargets = [];
    private RebalanceClock _clock = null!;
    private bool _invested;

    [Parameter(Min = 1990, Max = 2100, Description = "First year of the run (January 1st)")]
    public int StartYear { get; set; } = 2001;

    [Parameter(Min = 0, Max = 1, Description = "IWM's share of the small-cap basket; IJR gets the rest")]
    public double IwmWeight { get; set; } = 0.5;

    [Parameter(Description = "Large basket: Qqq or MagnificentSeven")]
    public LargeBasketChoice LargeBasket { get; set; } = LargeBasketChoice.Qqq;

    [Parameter(Min = 0, Max = 756, Description = "Trading days of history before a Magnificent Seven stock joins")]
    public int MagnificentSevenHistoryDays { get; set; } = 63;

    [Parameter(Description = "Custom small basket, e.g. \"IWM:0.3,IJR:0.7\" or \"VTWO\"; empty = IWM/IJR by IwmWeight")]
    public string SmallBasketMembers { get; set; } = string.Empty;

    [Parameter(Description = "Custom large basket, e.g. \"QQQ:0.5,AAPL:0.25,MSFT:0.25\"; empty = LargeBasket")]
    public string LargeBasketMembers { get; set; } = string.Empty;

    [Parameter(Description = "When to act: Daily, Weekly or Monthly")]
    public RebalanceFrequency Rebalance { get; set; } = RebalanceFrequency.Daily;

    [Parameter(Description = "AllIn or Graded")]
    public AllocationMode Allocation { get; set; } = AllocationMode.AllIn;

    [Parameter(Description = "Neutral regime holds cash (true) or keeps the current holdings (false)")]
    public bool CashWhenNeutral { get; set; }

    [Parameter(Min = -1, Max = 500, Description = "Fee in basis points of traded value; -1 = LEAN's Interactive Brokers model")]
    public double FeeBps { get; set; } = -1;

    [Parameter(Description = "Allow fractional shares")]
    public bool FractionalShares { get; set; }

    [Parameter(Description = "Size target orders at the fill price instead of the decision close (workload W1)")]
    public bool SizeAtFillPrice { get; set; }

    [Parameter(Min = 0, Max = 10, Description = "Cash buffer kept free by SetHoldings, percent (LEAN default 0.25)")]
    public double CashBufferPercent { get; set; } = 0.25;

    [Parameter(Description = "Cash account (leverage 1, no shorts) instead of LEAN's default margin account")]
    public bool CashAccount { get; set; }

    /// <summary>The small-cap basket as tracked so far.</summary>
    protected BasketTracker Small => _small;

    /// <summary>The large-cap basket as tracked so far.</summary>
    protected BasketTracker Large => _large;

    public sealed override void Initialize()
    {
        SetStartDate(StartYear, 1, 1);
        SetCash(100_000);
        ConfigureAccount();
        _small = new BasketTracker(SmallBasketMembers.Length > 0
            ? Basket.FromConfig("SmallCaps", Entries(SmallBasketMembers), "$.parameters.SmallBasketMembers")
            : SmallBasket(IwmWeight));
        _large = new BasketTracker(LargeBasketMembers.Length > 0
            ? Basket.FromConfig("LargeTech", Entries(LargeBasketMembers), "$.parameters.LargeBasketMembers")
            : LargeBasket == LargeBasketChoice.Qqq ? Basket.LargeTech() : Basket.MagnificentSeven(MagnificentSevenHistoryDays));
        if (_small.Symbols.Intersect(_large.Symbols).FirstOrDefault() is { } both)
        {
            throw new Backtest.Data.Errors.DataException($"$.parameters: {both} is in both baskets. A ticker may belong to the small or the large basket, not both.");
        }
        _symbols = [.. _small.Symbols, .. _large.Symbols];
        foreach (var symbol in _symbols)
        {
            var security = AddEquity(symbol.Value, Resolution.Daily);
            if (FeeBps >= 0)
            {
                security.SetFeeModel(new ConstantPercentageFeeModel(FeeBps / 10_000.0));
            }
        }

        _targets = new double[_symbols.Length];
        _previousTargets = new double[_symbols.Length];
        _clock = new RebalanceClock(Rebalance);
        InitializeSignals();
    }

    public sealed override void OnData(Slice slice)
    {
        _small.Update(slice);
        _large.Update(slice);
        var (regime, score) = UpdateSignals(slice.Time);
        Plot("Regime", "Regime", Signals.CompositeSignal.VoteOf(regime));
        PlotAllocation();
        if (_clock.IsDue(slice.Time) && ComputeTargets(regime, score) && (TargetsChanged() || (Rebalance != RebalanceFrequency.Daily && _invested)))
        {
            _orderTargets.Clear();
            for (var i = 0; i < _symbols.Length; i++)
            {
                _orderTargets.Add(new PortfolioTarget(_symbols[i], _targets[i]));
            }

            SetHoldings(_orderTargets);
            Array.Copy(_targets, _previousTargets, _targets.Length);
            _invested = Array.Exists(_targets, t => t != 0);
        }
    }

    /// <summary>Creates the strategy's signals (called at the end of Initialize; AddData is allowed here).</summary>
    protected abstract void InitializeSignals();

    /// <summary>Feeds the day's close to the signals and returns the regime and a score in [-1, 1] (+1 = small caps).</summary>
    protected abstract (Regime Regime, double Score) UpdateSignals(DateTime time);

    private static string[] Entries(string members) =>
        members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>IWM and IJR by weight; a weight of exactly 1 or 0 is a one-member basket (so IJR need not be in the data).</summary>
    private static Basket SmallBasket(double iwmWeight) => iwmWeight switch
    {
        >= 1 => new Basket("SmallCaps", [new BasketMember(Symbol.Create("IWM"), 1.0)]),
        <= 0 => new Basket("SmallCaps", [new BasketMember(Symbol.Create("IJR"), 1.0)]),
        _ => Basket.SmallCaps(iwmWeight),
    };

    private void ConfigureAccount()
    {
        if (CashAccount)
        {
            SetBrokerageModel(BrokerageName.Default, AccountType.Cash);
        }

        Settings.AllowFractionalShares = FractionalShares;
        Settings.SizeTargetOrdersAtFillPrice = SizeAtFillPrice;
        Settings.FreePortfolioValuePercentage = CashBufferPercent / 100.0;
        if (FractionalShares)
        {
            Settings.MinimumOrderMarginPortfolioPercentage = 0;
        }
    }

    /// <summary>Fills the targets; false when nothing should change (neutral and keeping holdings, or no member active).</summary>
    private bool ComputeTargets(Regime regime, double score)
    {
        var smallPart = _targets.AsSpan(0, _small.Symbols.Count);
        var largePart = _targets.AsSpan(_small.Symbols.Count);
        if (Allocation == AllocationMode.Graded && !double.IsNaN(score))
        {
            var share = Math.Clamp((score + 1) / 2, 0, 1);
            return _small.TargetWeights(share, smallPart) | _large.TargetWeights(1 - share, largePart);
        }

        switch (regime)
        {
            case Regime.SmallCaps:
                largePart.Clear();
                return _small.TargetWeights(1.0, smallPart);
            case Regime.LargeTech:
                smallPart.Clear();
                return _large.TargetWeights(1.0, largePart);
            default:
                if (!CashWhenNeutral)
                {
                    return false;
                }

                _targets.AsSpan().Clear();
                return true;
        }
    }

    private bool TargetsChanged()
    {
        for (var i = 0; i < _targets.Length; i++)
        {
            if (Math.Abs(_targets[i] - _previousTargets[i]) > 1e-12)
            {
                return true;
            }
        }

        return false;
    }

    private void PlotAllocation()
    {
        var tpv = RecordsPlots ? Portfolio.TotalPortfolioValue : 0;
        if (tpv <= 0)
        {
            return;
        }

        double small = 0, large = 0;
        foreach (var s in _small.Symbols)
        {
            small += Portfolio[s].HoldingsValue;
        }

        foreach (var s in _large.Symbols)
        {
            large += Portfolio[s].HoldingsValue;
        }

        Plot("Allocation", "SmallCaps", small / tpv);
        Plot("Allocation", "LargeTech", large / tpv);
        Plot("Allocation", "Cash", 1 - ((small + large) / tpv));
    }
}
