using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Slippage;

/// <summary>Slippage of a fixed number of basis points of the fill price (10 = 0.10%).</summary>
public sealed class ConstantBasisPointsSlippageModel : ISlippageModel
{
    public ConstantBasisPointsSlippageModel(double basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        BasisPoints = basisPoints;
    }

    public double BasisPoints { get; }

    public double GetSlippageApproximation(Security security, double quantity, double price) => price * BasisPoints / 10_000.0;
}
