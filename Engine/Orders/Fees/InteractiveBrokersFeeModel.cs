using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fees;

/// <summary>
/// LEAN's default US-equity fee (SEMANTICS.md C): 0.005 $/share, at least $1, at most 0.5% of the order value, where the
/// order value uses the security's current price (not the fill price), as LEAN does.
/// </summary>
public sealed class InteractiveBrokersFeeModel : IFeeModel
{
    private const double PerShare = 0.005;
    private const double Minimum = 1.0;
    private const double MaximumFraction = 0.005;

    public double GetOrderFee(Security security, double quantity, double fillPrice)
    {
        ArgumentNullException.ThrowIfNull(security);
        var fee = PerShare * Math.Abs(quantity);
        var cap = MaximumFraction * Math.Abs(quantity * security.Price);
        if (fee < Minimum)
        {
            return Minimum;
        }

        return fee > cap ? cap : fee;
    }
}
