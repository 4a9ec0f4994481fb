using System.Globalization;
using Backtest.Data.Errors;
using Backtest.Data.Model;

namespace Backtest.Algorithms.Baskets;

/// <summary>
/// A named set of symbols with relative weights. Membership is point in time (see <see cref="BasketMembership"/>):
/// a member joins <see cref="MinHistoryDays"/> trading periods after its first bar, so a new listing cannot enter
/// on history it does not yet have. Members are held in ordinal ticker order.
/// </summary>
public sealed record Basket
{
    /// <exception cref="ArgumentException">No members, a duplicate symbol, or an empty name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not finite and positive, or MinHistoryDays is outside 0..10000.</exception>
    public Basket(string name, IEnumerable<BasketMember> members, int minHistoryDays = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(members);
        var sorted = members.OrderBy(m => m.Symbol).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"Basket '{name}' needs at least one member.", nameof(members));
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            if (!(sorted[i].Weight > 0 && double.IsFinite(sorted[i].Weight)))
            {
                throw new ArgumentOutOfRangeException(nameof(members), sorted[i].Weight, $"Basket '{name}': the weight of {sorted[i].Symbol} must be finite and greater than 0.");
            }

            if (i > 0 && sorted[i].Symbol == sorted[i - 1].Symbol)
            {
                throw new ArgumentException($"Basket '{name}' lists {sorted[i].Symbol} twice.", nameof(members));
            }
        }

        if (minHistoryDays is < 0 or > 10000)
        {
            throw new ArgumentOutOfRangeException(nameof(minHistoryDays), minHistoryDays, "MinHistoryDays (trading periods after the first bar before a member joins) must be in [0, 10000].");
        }

        Name = name;
        Members = sorted;
        MinHistoryDays = minHistoryDays;
    }

    public string Name { get; }

    /// <summary>Members in ordinal ticker order.</summary>
    public IReadOnlyList<BasketMember> Members { get; }

    /// <summary>Trading periods after a member's first bar before it joins (0: from its first bar).</summary>
    public int MinHistoryDays { get; }

    /// <summary>IWM and IJR; <paramref name="iwmWeight"/> (fraction, 0 &lt; w &lt; 1) is IWM's share, the rest IJR's. Each joins from its first bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not strictly between 0 and 1.</exception>
    public static Basket SmallCaps(double iwmWeight = 0.5)
    {
        if (!(iwmWeight > 0 && iwmWeight < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(iwmWeight), iwmWeight, "IWM's weight in the small-cap basket is a fraction strictly between 0 and 1 (use a one-member basket for IWM alone).");
        }

        return new Basket("SmallCaps", [new(Symbol.Create("IWM"), iwmWeight), new(Symbol.Create("IJR"), 1 - iwmWeight)]);
    }

    /// <summary>QQQ alone.</summary>
    public static Basket LargeTech() => new("LargeTech", [new(Symbol.Create("QQQ"), 1.0)]);

    /// <summary>Equal weights of AAPL, AMZN, GOOGL, META, MSFT, NVDA, TSLA; each joins <paramref name="minHistoryDays"/> periods after its first bar.</summary>
    public static Basket MagnificentSeven(int minHistoryDays = 63) =>
        new("MagnificentSeven", Tickers("AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA"), minHistoryDays);

    /// <summary>
    /// A basket from a config list: each entry is "TICKER" (weight 1) or "TICKER:weight" (invariant number &gt; 0).
    /// <paramref name="jsonPath"/> locates the list in the config for error messages, e.g. "$.baskets.small.members".
    /// </summary>
    /// <exception cref="DataException">An entry is malformed, a weight is not a positive number, or a ticker repeats.</exception>
    public static Basket FromConfig(string name, IReadOnlyList<string> entries, string jsonPath, int minHistoryDays = 0)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            throw new DataException($"{jsonPath}: basket '{name}' has no members. List tickers such as [\"IWM\", \"IJR:0.5\"].");
        }

        var members = new BasketMember[entries.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            members[i] = ParseEntry(entries[i], $"{jsonPath}[{i}]");
            if (!seen.Add(members[i].Symbol.Value))
            {
                throw new DataException($"{jsonPath}[{i}]: {members[i].Symbol} appears twice in basket '{name}'. Remove the duplicate.");
            }
        }

        return new Basket(name, members, minHistoryDays);
    }

    private static BasketMember ParseEntry(string entry, string path)
    {
        var parts = (entry ?? string.Empty).Split(':');
        if (parts.Length > 2 || parts[0].Trim().Length == 0)
        {
            throw new DataException($"{path}: '{entry}' is not a basket entry. Write \"TICKER\" or \"TICKER:weight\", e.g. \"IJR:0.5\".");
        }

        Symbol symbol;
        try
        {
            symbol = Symbol.Create(parts[0]);
        }
        catch (ArgumentException e)
        {
            throw new DataException($"{path}: {e.Message}", e);
        }

        if (parts.Length == 1)
        {
            return new BasketMember(symbol, 1.0);
        }

        if (!double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || !(weight > 0) || !double.IsFinite(weight))
        {
            throw new DataException($"{path}: weight '{parts[1]}' of {symbol} is not a number greater than 0. Use an invariant number such as 0.5.");
        }

        return new BasketMember(symbol, weight);
    }

    private static BasketMember[] Tickers(params string[] tickers) => [.. tickers.Select(t => new BasketMember(Symbol.Create(t), 1.0))];
}
