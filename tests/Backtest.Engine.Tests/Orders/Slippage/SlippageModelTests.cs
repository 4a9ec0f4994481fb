using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders.Fees;
using Backtest.Engine.Orders.Slippage;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Orders.Slippage;

public sealed class SlippageModelTests
{
    [Fact]
    public void ConstantBasisPoints_IsThatFractionOfPrice() =>
        Assert.Equal(100 * 0.0010, new ConstantBasisPointsSlippageModel(10).GetSlippageApproximation(SecurityFactory.Single(100), 5, 100), 12);

    [Fact]
    public void VolumeShare_IsQuadraticInVolumeShareAndCapped()
    {
        var security = SecurityFactory.Single(100);   // bar volume 1,000,000
        var model = new VolumeShareSlippageModel(volumeLimit: 0.025, priceImpact: 0.1);

        Assert.Equal(100 * 0.1 * 0.01 * 0.01, model.GetSlippageApproximation(security, 10_000, 100), 12);   // 1% of volume
        Assert.Equal(100 * 0.1 * 0.025 * 0.025, model.GetSlippageApproximation(security, -500_000, 100), 12); // capped at 2.5%
    }

    [Theory]
    [InlineData(10, 104 * 1.001)]
    [InlineData(-10, 104 * 0.999)]
    public void Fill_AppliesSlippageAgainstTheTrader(double quantity, double expected)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4));
        var frame = FrameBuilder.Frame(FrameBuilder.Columns("XYZ", index, i => i == 1 ? (104, 106, 103, 105) : (100, 100, 100, 100)));
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 2);
                a.SetEndDate(2024, 1, 4);
                var security = a.AddEquity("XYZ");
                security.SetFeeModel(new ZeroFeeModel());
                security.SetSlippageModel(new ConstantBasisPointsSlippageModel(10));
            },
            (a, _) =>
            {
                if (a.Transactions.OrdersCount == 0)
                {
                    a.MarketOnOpenOrder(a.Sym("XYZ"), quantity);
                }
            });

        var order = Assert.Single(new BacktestEngine(frame, calendar).Run(algorithm).Orders);

        Assert.Equal(expected, order.FillPrice, 9);
    }
}
