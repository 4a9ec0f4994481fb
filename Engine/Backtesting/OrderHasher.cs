using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// STYLE.md 10: a hash of a run's orders so that a silent behaviour change shows up as a changed hash. SHA-256 (lower-case
/// hex) over one invariant-culture line per order; doubles in round-trip form. Not LEAN's OrderListHash (that one
/// depends on LEAN's JSON serialiser).
/// </summary>
internal static class OrderHasher
{
    public static string Compute(IReadOnlyList<OrderRecord> orders)
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
