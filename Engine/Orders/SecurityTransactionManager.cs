using Backtest.Data.Model;
using Backtest.Engine.Collections;

namespace Backtest.Engine.Orders;

/// <summary>
/// Every order of a run (LEAN's Transactions): ids from 1, all orders counted whatever their final status.
/// Also keeps the order events and the closing-trade profit records used by the win/loss statistics (SEMANTICS.md F.4).
/// </summary>
public sealed class SecurityTransactionManager
{
    // Append-only and possibly thousands long: chunked, so growing never copies them (see ChunkedList).
    private readonly ChunkedList<Order> _orders = new();
    private readonly ChunkedList<OrderTicket> _tickets = new();
    private readonly List<Order> _open = [];
    private readonly ChunkedList<OrderEvent> _events = new();
    private readonly ChunkedList<TransactionRecord> _records = new();
    private DateTime _lastRecordTime = DateTime.MinValue;
    private bool _closed;

    /// <summary>Number of orders created (any status); LEAN's "Total Orders".</summary>
    public int OrdersCount => _orders.Count;

    /// <summary>Events in the order they happened.</summary>
    public IReadOnlyList<OrderEvent> OrderEvents => _events;

    /// <summary>Closing-fill profit records (profit net of twice the closing fee, SEMANTICS.md F.4), in time order.</summary>
    public IReadOnlyList<TransactionRecord> TransactionRecord => _records;

    /// <summary>The current engine time (New York); set by the engine.</summary>
    internal DateTime Now { get; set; }

    internal Action<OrderEvent>? EventSink { get; set; }

    /// <summary>Open-book orders in id order; may hold orders closed since the last compaction (check IsOpen).</summary>
    internal List<Order> OpenOrdersInternal => _open;

    /// <summary>All orders in id order.</summary>
    public IReadOnlyList<Order> GetOrders() => _orders;

    /// <summary>Orders matching <paramref name="filter"/>, in id order.</summary>
    public IReadOnlyList<Order> GetOrders(Func<Order, bool> filter) => _orders.Where(filter).ToList();

    public Order? GetOrderById(int id) => id >= 1 && id <= _orders.Count ? _orders[id - 1] : null;

    public OrderTicket? GetOrderTicket(int id) => id >= 1 && id <= _tickets.Count ? _tickets[id - 1] : null;

    /// <summary>Open orders, optionally of one symbol, in id order.</summary>
    public IReadOnlyList<Order> GetOpenOrders(Symbol? symbol = null) =>
        _open.Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol)).ToList();

    /// <summary>Tickets of open orders, optionally of one symbol, in id order.</summary>
    public IReadOnlyList<OrderTicket> GetOpenOrderTickets(Symbol? symbol = null) =>
        _open.Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol)).Select(o => _tickets[o.Id - 1]).ToList();

    /// <summary>Cancels every open order (optionally of one symbol); returns the affected tickets.</summary>
    public IReadOnlyList<OrderTicket> CancelOpenOrders(Symbol? symbol = null, string? tag = null)
    {
        var tickets = GetOpenOrderTickets(symbol);
        foreach (var t in tickets)
        {
            t.Cancel(tag);
        }

        return tickets;
    }

    internal OrderTicket Create(Symbol symbol, OrderType type, double quantity, string tag, double? targetPercent = null)
    {
        ThrowIfClosed();
        var order = new Order(_orders.Count + 1, symbol, type, quantity, Now, tag) { TargetPercent = targetPercent };
        _orders.Add(order);
        var ticket = new OrderTicket(this, order);
        _tickets.Add(ticket);
        return ticket;
    }

    /// <summary>An Invalid ticket for an order refused before submission; it gets id 0 and is not counted.</summary>
    internal OrderTicket CreateDetachedInvalid(Symbol symbol, OrderType type, double quantity, string tag)
    {
        var order = new Order(0, symbol, type, quantity, Now, tag) { Status = OrderStatus.Invalid };
        return new OrderTicket(this, order);
    }

    /// <summary>Accepts an order into the open book and emits its Submitted event.</summary>
    internal void Submit(Order order)
    {
        order.Status = OrderStatus.Submitted;
        _open.Add(order);
        Emit(order, OrderStatus.Submitted, 0, 0, 0, string.Empty);
    }

    /// <summary>Marks a never-opened order invalid (it still counts in <see cref="OrdersCount"/>).</summary>
    internal void Reject(Order order, string message)
    {
        order.Status = OrderStatus.Invalid;
        Emit(order, OrderStatus.Invalid, 0, 0, 0, message);
    }

    internal bool Cancel(Order order, string? tag)
    {
        if (!order.IsOpen)
        {
            return false;
        }

        order.Status = OrderStatus.Canceled;
        order.LastFillTime = Now;
        if (tag is not null)
        {
            order.Tag = tag;
        }

        Emit(order, OrderStatus.Canceled, 0, 0, 0, string.Empty);
        return true;
    }

    /// <summary>Records a complete fill; the caller has already updated the portfolio.</summary>
    internal void RecordFill(Order order, double price, double fee)
    {
        order.Status = OrderStatus.Filled;
        order.Price = price;
        order.QuantityFilled = order.Quantity;
        order.Fee = fee;
        order.LastFillTime = Now;
        Emit(order, OrderStatus.Filled, price, order.Quantity, fee, string.Empty);
    }

    /// <summary>Removes filled/canceled/invalid orders from the open book, keeping id order.</summary>
    internal void CompactOpenOrders()
    {
        var keep = 0;
        for (var i = 0; i < _open.Count; i++)
        {
            if (_open[i].IsOpen)
            {
                _open[keep++] = _open[i];
            }
        }

        _open.RemoveRange(keep, _open.Count - keep);
    }

    /// <summary>
    /// Adds a closing-trade profit record; LEAN keys records by time and bumps a colliding key by 1 ms.
    /// </summary>
    internal void AddTransactionRecord(DateTime time, double profit)
    {
        ThrowIfClosed();
        var key = time <= _lastRecordTime ? _lastRecordTime.AddMilliseconds(1) : time;
        _lastRecordTime = key;
        _records.Add(new TransactionRecord(key, profit));
    }

    /// <summary>
    /// The run is over: its result holds these very lists (handed over, not copied), so from now on nothing may add an
    /// order, event or record.
    /// </summary>
    internal void Close() => _closed = true;

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException(
                "The backtest is over and its result holds its orders: place, update or cancel orders only while the algorithm runs (Initialize to OnEndOfAlgorithm).");
        }
    }

    private void Emit(Order order, OrderStatus status, double price, double quantity, double fee, string message)
    {
        ThrowIfClosed();
        var e = new OrderEvent(order.Id, order.Symbol, Now, status, order.Direction, price, quantity, fee, message);
        _events.Add(e);
        EventSink?.Invoke(e);
    }
}
