using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Slippage;

/// <summary>Slippage in dollars per share (&gt;= 0); buys fill that much higher, sells that much lower.</summary>
public interface ISlippageModel
{
    double GetSlippageApproximation(Security security, double quantity, double price);
}
