namespace Backtest.Engine.Securities;

/// <summary>
/// Position in one security. Quantity in shares (signed), prices and money in dollars. Profit is realised P&amp;L plus
/// dividends, before fees (LEAN's SecurityHolding.Profit); NetProfit subtracts fees.
/// </summary>
public sealed class SecurityHolding
{
    private readonly Security _security;

    internal SecurityHolding(Security security) => _security = security;

    public double Quantity { get; private set; }

    /// <summary>Average entry price of the open position, 0 when flat.</summary>
    public double AveragePrice { get; private set; }

    public double Price => _security.Price;

    public double AbsoluteQuantity => Math.Abs(Quantity);

    /// <summary>Quantity x current price (negative for shorts).</summary>
    public double HoldingsValue => Quantity * _security.Price;

    public double AbsoluteHoldingsValue => Math.Abs(HoldingsValue);

    /// <summary>Quantity x average price.</summary>
    public double HoldingsCost => Quantity * AveragePrice;

    public double UnrealizedProfit => (_security.Price - AveragePrice) * Quantity;

    public bool Invested => Quantity != 0;

    public bool IsLong => Quantity > 0;

    public bool IsShort => Quantity < 0;

    public double TotalFees { get; private set; }

    public double TotalDividends { get; private set; }

    /// <summary>Realised profit plus dividends, before fees.</summary>
    public double Profit { get; private set; }

    public double NetProfit => Profit - TotalFees;

    /// <summary>Sum of |fill quantity| x fill price over all fills (turnover input, SEMANTICS.md F.6).</summary>
    public double TotalSaleVolume { get; private set; }

    /// <summary>
    /// Books a fill and returns the realised P&amp;L of the quantity it closed (0 when it only opened or added), or NaN when
    /// it closed nothing.
    /// </summary>
    internal double ApplyFill(double quantity, double price, double fee)
    {
        TotalFees += fee;
        TotalSaleVolume += Math.Abs(quantity) * price;
        var old = Quantity;
        var next = old + quantity;
        if (old == 0 || Math.Sign(old) == Math.Sign(quantity))
        {
            AveragePrice = (AveragePrice * Math.Abs(old) + price * Math.Abs(quantity)) / Math.Abs(next);
            SetQuantity(next);
            return double.NaN;
        }

        var closed = Math.Min(Math.Abs(old), Math.Abs(quantity));
        var realised = closed * (price - AveragePrice) * Math.Sign(old);
        Profit += realised;
        SetQuantity(next);
        if (next == 0)
        {
            AveragePrice = 0;
        }
        else if (Math.Sign(next) != Math.Sign(old))
        {
            AveragePrice = price;
        }

        return realised;
    }

    internal void AddDividend(double amount)
    {
        TotalDividends += amount;
        Profit += amount;
    }

    /// <summary>Raw-mode split: returns the fractional shares' cash value (paid by the portfolio).</summary>
    internal double ApplySplit(double factor, double priceAfterSplit)
    {
        // Rounded to 1e-9 shares so that 100 / (1/7) does not truncate to 699 through binary rounding.
        var exact = Math.Round(Quantity / factor, 9);
        var whole = Math.Truncate(exact);
        SetQuantity(whole);
        AveragePrice *= factor;
        return (exact - whole) * priceAfterSplit;
    }

    internal void Close()
    {
        SetQuantity(0);
        AveragePrice = 0;
    }

    private void SetQuantity(double quantity)
    {
        var was = Invested;
        Quantity = quantity;
        if (was != Invested)
        {
            _security.Manager?.InvestedChanged(_security);
        }
    }
}
