namespace Backtest.Data.Lean;

/// <summary>LEAN's SecurityIdentifier string for US equities (SEMANTICS.md E), e.g. "SPY R735QTJ8XC9X".</summary>
public static class SecurityIdentifier
{
    private const ulong DateWidth = 100_000_000_000_000; // 10^14: the date sits above market and security type
    private const ulong MarketUsa = 1;
    private const ulong SecurityTypeEquity = 1;
    private static readonly DateOnly OaEpoch = new(1899, 12, 30);

    /// <summary>
    /// Upper-case <paramref name="ticker"/> (the map file's first ticker), a space, then base 36 (digits, then
    /// upper-case letters) of OADate(<paramref name="firstDate"/>) x 10^14 + market(USA = 1) x 100 + Equity(1).
    /// </summary>
    public static string Generate(string ticker, DateOnly firstDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        var days = (ulong)(firstDate.DayNumber - OaEpoch.DayNumber);
        var value = (days * DateWidth) + (MarketUsa * 100) + SecurityTypeEquity;
        return ticker.Trim().ToUpperInvariant() + " " + Base36(value);
    }

    private static string Base36(ulong value)
    {
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = digits[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);

        return new string(buffer[i..]);
    }
}
