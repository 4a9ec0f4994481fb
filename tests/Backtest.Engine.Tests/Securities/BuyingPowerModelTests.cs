using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Securities;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Securities;

/// <summary>SEMANTICS.md D worked examples; every expectation is recomputed here from the formula.</summary>
public sealed class BuyingPowerModelTests
{
    private readonly AlgorithmSettings _settings = new();

    [Theory]
    [InlineData(143.0784, 1.0, 2.0)]   // BasicTemplateDaily: 697
    [InlineData(97.36, 0.5, 2.0)]      // DividendRegression (raw close 1998-01-02): 512
    [InlineData(255.9473, 0.8, 2.0)]   // SetHoldingReturnsOrderTickets SPY: 311
    [InlineData(138.4164, 0.2, 2.0)]   // SetHoldingReturnsOrderTickets IBM: 144
    [InlineData(106.35, 0.7, 1.0)]     // leverage 1 (MarginRemaining-like)
    public void GetDeltaForTarget_FromCash_FloorsBufferedTargetAndFitsFee(double price, double target, double leverage)
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("XYZ", price, leverage));
        var security = securities["XYZ"];

        var delta = BuyingPowerModel.GetDeltaForTarget(portfolio, security, target, price, _settings, out _);

        var expected = Math.Floor(target * 0.9975 * 100_000 / price);
        var fee = Math.Max(1, 0.005 * expected);
        Assert.True((100_000 - fee) * target * 0.9975 >= expected * price, "the fee loop would have reduced the quantity");
        Assert.Equal(expected, delta);
    }

    [Fact]
    public void GetDeltaForTarget_WorkedExample_Is697()
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("SPY", 143.0784, 2));
        Assert.Equal(697, BuyingPowerModel.GetDeltaForTarget(portfolio, securities["SPY"], 1.0, 143.0784, _settings, out _));
    }

    [Fact]
    public void GetDeltaForTarget_FeePushesOverTarget_StepsBackOneShare()
    {
        // $1,000 cash, leverage 1: M = 997.5 -> floor(997.5 / 9.97) = 100 shares = 997.0; with the $1 minimum fee
        // M' = (1000 - 1) x 0.9975 = 996.50 < 997.0, so the loop retries: floor(996.5 / 9.97) = 99.
        var (securities, portfolio) = SecurityFactory.Portfolio(1_000, ("XYZ", 9.97, 1));
        Assert.Equal(99, BuyingPowerModel.GetDeltaForTarget(portfolio, securities["XYZ"], 1.0, 9.97, _settings, out _));
    }

    [Fact]
    public void GetDeltaForTarget_ShortTarget_RoundsTowardZero()
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("XYZ", 143.0784, 2));
        Assert.Equal(-697, BuyingPowerModel.GetDeltaForTarget(portfolio, securities["XYZ"], -1.0, 143.0784, _settings, out _));
    }

    [Fact]
    public void GetDeltaForTarget_SmallMarginChange_ReturnsZero()
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("XYZ", 100, 2));
        var security = securities["XYZ"];
        security.Holdings.ApplyFill(997, 100, 0);
        portfolio.SetCash(100_000 - 99_700);
        // Target 1.0 -> 997.5 shares worth of margin; the 0.5-share gap (25 $ margin) is below 0.1% of TPV (100 $).
        Assert.Equal(0, BuyingPowerModel.GetDeltaForTarget(portfolio, security, 1.0, 100, _settings, out var reason));
        Assert.NotNull(reason);
    }

    [Fact]
    public void GetDeltaForTarget_ZeroTarget_ClosesPosition()
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("XYZ", 100, 2));
        securities["XYZ"].Holdings.ApplyFill(-40, 100, 0);
        Assert.Equal(40, BuyingPowerModel.GetDeltaForTarget(portfolio, securities["XYZ"], 0, 100, _settings, out _));
    }

    [Fact]
    public void GetDeltaForTarget_FractionalWithProportionalFee_SpendsAllCash()
    {
        // Workload W1: shares = cash / (open x (1 + f)) with no buffer, leverage 1, fee f of the traded value.
        var settings = new AlgorithmSettings { AllowFractionalShares = true, FreePortfolioValuePercentage = 0, MinimumOrderMarginPortfolioPercentage = 0 };
        var (securities, portfolio) = SecurityFactory.Portfolio(100_000, ("IWM", 83.17, 1));
        var security = securities["IWM"];
        security.SetFeeModel(new ConstantPercentageFeeModel(0.0005));

        var delta = BuyingPowerModel.GetDeltaForTarget(portfolio, security, 1.0, 83.17, settings, out _);

        Assert.Equal(100_000 / (83.17 * 1.0005), delta, 9);
    }

    [Fact]
    public void HasSufficientBuyingPower_ReducingOrder_AlwaysPasses()
    {
        var (securities, portfolio) = SecurityFactory.Portfolio(0, ("XYZ", 100, 1));
        securities["XYZ"].Holdings.ApplyFill(10, 100, 0);
        Assert.True(BuyingPowerModel.HasSufficientBuyingPower(portfolio, securities["XYZ"], -10, 1, 100));
    }

    [Fact]
    public void HasSufficientBuyingPower_NeedsMarginPlusFee()
    {
        // Free margin 1,000 with leverage 2: 19 shares at $100 use 950 + fee 1 -> passes; 20 use 1,000 + 1 -> fails.
        var (securities, portfolio) = SecurityFactory.Portfolio(1_000, ("XYZ", 100, 2));
        Assert.True(BuyingPowerModel.HasSufficientBuyingPower(portfolio, securities["XYZ"], 19, 1, 100));
        Assert.False(BuyingPowerModel.HasSufficientBuyingPower(portfolio, securities["XYZ"], 20, 1, 100));
    }
}
