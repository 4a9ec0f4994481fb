using Backtest.Engine.Securities;

namespace Backtest.Engine.Orders.Slippage;

/// <summary>
/// LEAN's VolumeShareSlippageModel: slippage = price x priceImpact x min(|qty| / bar volume, volumeLimit)^2, using the
/// volume of the security's last trade bar; zero volume gives the maximum share.
/// </summary>
public sealed class VolumeShareSlippageModel : ISlippageModel
{
    public VolumeShareSlippageModel(double volumeLimit = 0.025, double priceImpact = 0.1)
    {
        VolumeLimit = volumeLimit;
        PriceImpact = priceImpact;
    }

    public double VolumeLimit { get; }

    public double PriceImpact { get; }

    public double GetSlippageApproximation(Security security, double quantity, double price)
    {
        ArgumentNullException.ThrowIfNull(security);
        var volume = security.Volume;
        var share = volume > 0 ? Math.Min(Math.Abs(quantity) / volume, VolumeLimit) : VolumeLimit;
        return price * PriceImpact * share * share;
    }
}
