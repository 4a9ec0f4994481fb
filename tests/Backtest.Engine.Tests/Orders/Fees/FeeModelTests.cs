using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Orders.Fees;

public sealed class FeeModelTests
{
    private readonly InteractiveBrokersFeeModel _ib = new();

    [Fact]
    public void InteractiveBrokers_PerShare_IsHalfCentPerShare()
    {
        // CASES.md BasicTemplateDaily: 697 shares -> 3.485.
        Assert.Equal(697 * 0.005, _ib.GetOrderFee(SecurityFactory.Single(143.0784), 697, 143.3724), 12);
    }

    [Fact]
    public void InteractiveBrokers_SmallOrder_PaysOneDollarMinimum()
    {
        // 199 x 0.005 = 0.995 < 1.
        Assert.Equal(1.0, _ib.GetOrderFee(SecurityFactory.Single(50), 199, 50));
        Assert.Equal(1.0, _ib.GetOrderFee(SecurityFactory.Single(50), -1, 50));
    }

    [Fact]
    public void InteractiveBrokers_JustAboveMinimum_PaysPerShare()
    {
        Assert.Equal(201 * 0.005, _ib.GetOrderFee(SecurityFactory.Single(50), 201, 50), 12);
    }

    [Fact]
    public void InteractiveBrokers_PennyStock_IsCappedAtHalfPercentOfValueAtCurrentPrice()
    {
        // 10,000 shares at $0.50 current price: 50 per-share fee > cap 0.005 x 5,000 = 25; the fill price does not matter.
        var security = SecurityFactory.Single(0.5);
        Assert.Equal(25.0, _ib.GetOrderFee(security, -10_000, 0.4), 12);
    }

    [Fact]
    public void InteractiveBrokers_CapBelowMinimum_MinimumWins()
    {
        // 100 shares at $0.10: per-share 0.5 < 1 -> minimum 1, even though 0.5% of $10 is 0.05 (LEAN checks the minimum first).
        Assert.Equal(1.0, _ib.GetOrderFee(SecurityFactory.Single(0.1), 100, 0.1));
    }

    [Fact]
    public void ConstantPercentage_UsesFillPrice()
    {
        var model = new ConstantPercentageFeeModel(0.0005);
        Assert.Equal(0.0005 * 10 * 101, model.GetOrderFee(SecurityFactory.Single(100), -10, 101), 12);
    }

    [Fact]
    public void Zero_IsZero() => Assert.Equal(0, new ZeroFeeModel().GetOrderFee(SecurityFactory.Single(100), 1000, 100));
}
