using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Fees;

/// <summary>Computes the fee of an order, in dollars, always &gt;= 0.</summary>
public interface IFeeModel
{
    /// <param name="security">The traded security; its <see cref="Security.Price"/> is the current price.</param>
    /// <param name="quantity">Signed shares.</param>
    /// <param name="fillPrice">The fill price (equal to the current price when the fee is estimated for sizing).</param>
    double GetOrderFee(Security security, double quantity, double fillPrice);
}
