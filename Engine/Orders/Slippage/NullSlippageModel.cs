using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Slippage;

/// <summary>No slippage (LEAN's default).</summary>
public sealed class NullSlippageModel : ISlippageModel
{
    public double GetSlippageApproximation(Security security, double quantity, double price) => 0;
}
