using System.Globalization;

namespace Backtest.Data.Validation;

/// <summary>
/// Reading data files from their UTF-8 bytes without making strings, with the results text reading gives: lines split
/// as <see cref="StreamReader.ReadLine"/> splits them, and numbers with the value double.Parse gives. Readers parse the
/// rows in their usual form here and hand anything else to their text path, which reads or reports it.
/// </summary>
internal static class Utf8Text
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Where the text starts: after a UTF-8 byte order mark, which a StreamReader skips.</summary>
    public static int Start(ReadOnlySpan<byte> data) => data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>True when the bytes start with a UTF-16 or UTF-32 byte order mark: text a StreamReader would decode as such,
    /// which these byte readers leave to it.</summary>
    public static bool HasUtf16Or32Mark(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);

    /// <summary>
    /// The next line from <paramref name="position"/> (its start and width, without the line break), moving
    /// <paramref name="position"/> past the break: \n, \r or \r\n, as ReadLine. False at the end of the data.
    /// </summary>
    public static bool NextLine(ReadOnlySpan<byte> data, ref int position, out int start, out int width)
    {
        start = position;
        if (position >= data.Length)
        {
            width = 0;
            return false;
        }

        var rest = data[position..];
        width = rest.IndexOfAny((byte)'\r', (byte)'\n');
        width = width < 0 ? rest.Length : width;
        position += width;
        if (position < data.Length)
        {
            position += data[position] == (byte)'\r' && position + 1 < data.Length && data[position + 1] == (byte)'\n' ? 2 : 1;
        }

        return true;
    }

    /// <summary>Splits <paramref name="line"/> at <paramref name="separator"/> into <paramref name="fields"/> and returns how
    /// many fields it has; when that is more than <paramref name="fields"/> holds, the last range holds the rest.</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields, byte separator)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf(separator);
            if (comma < 0 || count == fields.Length - 1)
            {
                fields[count++] = start..line.Length;
                return comma < 0 ? count : count + 1 + line[(start + comma + 1)..].Count(separator);
            }

            fields[count++] = start..(start + comma);
            start += comma + 1;
        }
    }

    /// <summary>An unsigned decimal integer of ASCII digits only (no sign, space or point); at most 18 digits.</summary>
    public static bool TryDigits(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        if (s.Length is 0 or > 18)
        {
            return false;
        }

        foreach (var b in s)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>
    /// A number as double.TryParse reads it with <see cref="NumberStyles.Float"/> and the invariant culture, false when
    /// that fails. Plain decimals ([-]digits[.digits]) whose digits make an integer below 2^53, with at most 22 after
    /// the point, are an exact integer divided by an exact power of ten: one correctly rounded division, so the same
    /// double the parser returns; other forms go to the parser itself (on the bytes, no string).
    /// </summary>
    public static bool TryNumber(ReadOnlySpan<byte> s, out double value)
    {
        var negative = s.Length > 0 && s[0] == (byte)'-';
        var digits = negative ? s[1..] : s;
        long mantissa = 0;
        var fraction = -1;
        var count = 0;
        foreach (var b in digits)
        {
            var d = b - (byte)'0';
            if ((uint)d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                count++;
                if (fraction >= 0)
                {
                    fraction++;
                }

                if (count > 15 && mantissa >= (1L << 53))
                {
                    return Parse(s, out value);
                }
            }
            else if (b == (byte)'.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return Parse(s, out value);
            }
        }

        // "", "-", "." and "5." / ".5" are left to the parser (it accepts some of them).
        if (count == 0 || fraction == 0 || (fraction > 0 && digits[0] == (byte)'.') || fraction > 22 || count > 18)
        {
            return Parse(s, out value);
        }

        var magnitude = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -magnitude : magnitude;
        return true;
    }

    private static bool Parse(ReadOnlySpan<byte> s, out double value) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
