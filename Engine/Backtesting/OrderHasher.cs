using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;

namespace Backtest.Engine.Backtesting;

/// <summary>
/// STYLE.md 10: a hash of a run's orders so that a silent behaviour change shows up as a changed hash. SHA-256 (lower-case
/// hex) over one invariant-culture UTF-8 line per order; doubles in round-trip form. Not LEAN's OrderListHash (that one
/// depends on LEAN's JSON serialiser).
/// </summary>
internal static class OrderHasher
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// The lines are formatted straight to UTF-8 into a reused chunk that is hashed whenever it fills, instead of one
    /// string of all orders encoded at the end: a run with thousands of orders spent more time copying that string
    /// (and faulting in its pages) than hashing it. The bytes hashed are the same.
    /// </summary>
    public static string Compute(IReadOnlyList<OrderRecord> orders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var used = 0;
            foreach (var o in orders)
            {
                int written;
                while (!TryWriteLine(chunk.AsSpan(used), o, out written))
                {
                    if (used == 0)
                    {
                        // One line longer than the chunk (a very long ticker): grow the chunk.
                        var larger = ArrayPool<byte>.Shared.Rent(chunk.Length * 2);
                        ArrayPool<byte>.Shared.Return(chunk);
                        chunk = larger;
                        continue;
                    }

                    hash.AppendData(chunk, 0, used);
                    used = 0;
                }

                used += written;
            }

            hash.AppendData(chunk, 0, used);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    // Each field is formatted by the type's own UTF-8 TryFormat: the UTF-8 interpolation handler boxed every double and
    // date it was given a format for (one allocation per field and order).
    private static bool TryWriteLine(Span<byte> into, in OrderRecord o, out int written)
    {
        var line = new LineWriter(into);
        var ok = line.Int(o.Id) && line.Bar() && line.Text(o.Symbol.Value) && line.Bar() && line.Text(o.Type.ToString()) && line.Bar()
            && line.Double(o.Quantity) && line.Bar() && line.Date(o.Time) && line.Bar() && line.Text(o.Status.ToString()) && line.Bar()
            && line.Double(o.FillPrice) && line.Bar() && (o.LastFillTime is not { } fill || line.Date(fill)) && line.Bar()
            && line.Double(o.Fee) && line.Bar() && line.Double(o.LimitPrice) && line.Bar() && line.Double(o.StopPrice)
            && line.Byte((byte)'\n');
        written = line.Written;
        return ok;
    }

    /// <summary>Appends invariant UTF-8 text to a span; every method returns false once the span is full.</summary>
    private ref struct LineWriter(Span<byte> into)
    {
        private readonly Span<byte> _into = into;

        public int Written { get; private set; }

        public bool Bar() => Byte((byte)'|');

        public bool Byte(byte value)
        {
            if (Written >= _into.Length)
            {
                return false;
            }

            _into[Written++] = value;
            return true;
        }

        public bool Int(int value) => Advance(value.TryFormat(_into[Written..], out var n, default, CultureInfo.InvariantCulture), n);

        // "R": the round-trip form the hash is defined with.
        public bool Double(double value) => Advance(value.TryFormat(_into[Written..], out var n, "R", CultureInfo.InvariantCulture), n);

        public bool Date(DateTime value) => Advance(value.TryFormat(_into[Written..], out var n, "O", CultureInfo.InvariantCulture), n);

        public bool Text(string value) => Advance(System.Text.Encoding.UTF8.TryGetBytes(value, _into[Written..], out var n), n);

        private bool Advance(bool ok, int count)
        {
            if (ok)
            {
                Written += count;
            }

            return ok;
        }
    }
}
