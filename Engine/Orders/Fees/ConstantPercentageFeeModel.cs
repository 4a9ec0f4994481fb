using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fees;

/// <summary>A fee of a fixed fraction of the traded value at the fill price (0.0005 = 5 bp). Not a LEAN model.</summary>
public sealed class ConstantPercentageFeeModel : IFeeModel
{
    /// <param name="fraction">Fee as a fraction of |quantity| x fill price; must be &gt;= 0.</param>
    public ConstantPercentageFeeModel(double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        Fraction = fraction;
    }

    public double Fraction { get; }

    public double GetOrderFee(Security security, double quantity, double fillPrice) => Fraction * Math.Abs(quantity * fillPrice);
}
