using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>The order hash is SHA-256 over one invariant line per order: checked against that definition, written plainly.</summary>
public sealed class OrderHasherTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(5_000)]
    public void Compute_RandomOrders_EqualsSha256OfTheDocumentedLines(int count)
    {
        var orders = RandomOrders(count, seed: count + 1);

        Assert.Equal(Reference(orders), OrderHasher.Compute(orders));
    }

    [Fact]
    public void Compute_TickerLongerThanAChunk_StillHashesTheWholeLine()
    {
        var longTicker = Symbol.Create(new string('X', 20_000));
        var orders = RandomOrders(3, seed: 9).Select(o => o with { Symbol = longTicker }).ToArray();

        Assert.Equal(Reference(orders), OrderHasher.Compute(orders));
    }

    [Fact]
    public void Compute_OneFillPriceChangedInTheLastDigit_ChangesTheHash()
    {
        var orders = RandomOrders(100, seed: 3);
        var changed = orders.ToArray();
        changed[57] = changed[57] with { FillPrice = Math.BitIncrement(changed[57].FillPrice) };

        Assert.NotEqual(OrderHasher.Compute(orders), OrderHasher.Compute(changed));
    }

    private static OrderRecord[] RandomOrders(int count, int seed)
    {
        var random = new Random(seed);
        string[] tickers = ["IWM", "QQQ", "BRK.B", "SPY"];
        var time = new DateTime(2001, 1, 2, 16, 0, 0);
        var orders = new OrderRecord[count];
        for (var i = 0; i < count; i++)
        {
            time = time.AddDays(random.Next(1, 5)).AddTicks(random.Next(0, 3) == 0 ? random.Next() : 0);
            var filled = random.Next(4) != 0;
            orders[i] = new OrderRecord(
                i + 1,
                Symbol.Create(tickers[random.Next(tickers.Length)]),
                (OrderType)random.Next(0, 4),
                (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 7)),
                time,
                filled ? OrderStatus.Filled : OrderStatus.Canceled,
                filled ? random.NextDouble() * 500 : 0,
                filled ? time.AddHours(17.5) : null,
                random.NextDouble() * 10,
                random.Next(3) == 0 ? double.NaN : random.NextDouble() * 100,
                random.Next(3) == 0 ? 0 : -random.NextDouble() * 1e-7,
                "tag");
        }

        return orders;
    }

    private static string Reference(IReadOnlyList<OrderRecord> orders)
    {
        var text = new StringBuilder();
        foreach (var o in orders)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{o.Id}|{o.Symbol.Value}|{o.Type}|{o.Quantity:R}|{o.Time:O}|{o.Status}|{o.FillPrice:R}|{o.LastFillTime:O}|{o.Fee:R}|{o.LimitPrice:R}|{o.StopPrice:R}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
