using Backtest.Data.Model;

namespace Backtest.Engine.Orders;

/// <summary>The algorithm's handle on a submitted order (LEAN's OrderTicket).</summary>
public sealed class OrderTicket
{
    private readonly SecurityTransactionManager _transactions;

    internal OrderTicket(SecurityTransactionManager transactions, Order order)
    {
        _transactions = transactions;
        Order = order;
    }

    internal Order Order { get; }

    public int OrderId => Order.Id;

    public Symbol Symbol => Order.Symbol;

    public OrderType OrderType => Order.Type;

    public OrderStatus Status => Order.Status;

    /// <summary>Signed ordered quantity.</summary>
    public double Quantity => Order.Quantity;

    /// <summary>Signed filled quantity.</summary>
    public double QuantityFilled => Order.QuantityFilled;

    /// <summary>Average fill price, 0 before a fill.</summary>
    public double AverageFillPrice => Order.Price;

    public DateTime Time => Order.Time;

    public string Tag => Order.Tag;

    /// <summary>
    /// Changes an open order; null leaves a field unchanged. Returns false (and changes nothing) when the order is
    /// no longer open.
    /// </summary>
    public bool Update(double? quantity = null, double? limitPrice = null, double? stopPrice = null, string? tag = null)
    {
        if (!Order.IsOpen)
        {
            return false;
        }

        if (quantity is { } q)
        {
            Order.Quantity = q;
        }

        if (limitPrice is { } l)
        {
            Order.LimitPrice = l;
        }

        if (stopPrice is { } s)
        {
            Order.StopPrice = s;
        }

        if (tag is not null)
        {
            Order.Tag = tag;
        }

        return true;
    }

    /// <summary>Cancels the order if it is still open; returns false when it was not.</summary>
    public bool Cancel(string? tag = null) => _transactions.Cancel(Order, tag);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{OrderId} {OrderType} {Symbol} {Quantity} {Status}");
}
