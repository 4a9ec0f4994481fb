using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fees;

/// <summary>No fees.</summary>
public sealed class ZeroFeeModel : IFeeModel
{
    public double GetOrderFee(Security security, double quantity, double fillPrice) => 0;
}
