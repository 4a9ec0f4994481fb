namespace Backtest.Data.Synthetic;

/// <summary>
/// The built-in securities of the embedded sample and the random profiles of the scaling mode.
/// Listing dates, split dates and ratios follow the real securities; start and end prices are rough levels of the
/// real raw closes (so charts look plausible); paths, loadings and volumes are invented
/// to give realistic volatilities and correlations (SPY ~18%, IWM ~23%, single stocks 25-55% a year).
/// </summary>
internal static class SymbolProfiles
{
    private static readonly DateOnly Start = new(2000, 1, 3);

    /// <summary>The eleven default tickers, ordinal order.</summary>
    public static IReadOnlyList<string> DefaultTickers { get; } =
        ["AAPL", "AMZN", "GOOGL", "IJR", "IWM", "META", "MSFT", "NVDA", "QQQ", "SPY", "TSLA"];

    /// <summary>The profile of a default ticker.</summary>
    /// <exception cref="ArgumentException">The ticker is not one of <see cref="DefaultTickers"/>.</exception>
    public static SymbolProfile For(string ticker) => ticker switch
    {
        "SPY" => new("SPY", Start, "P", 145.44, 1.0, 0.0, 0.0, 0.004, 0.0, 8e6) { EndPrice = 680.0, DividendYield = 0.017 },
        "QQQ" => new("QQQ", Start, "Q", 94.75, 1.1, -0.1, 1.0, 0.02, 0.0, 2e7) { EndPrice = 615.0, DividendYield = 0.008 },
        "IWM" => new("IWM", new(2000, 5, 26), "P", 91.06, 1.1, 1.0, -0.05, 0.015, 0.0, 3e5) { EndPrice = 245.0, DividendYield = 0.013 },
        "IJR" => new("IJR", new(2000, 5, 26), "P", 81.00, 1.05, 0.9, -0.1, 0.03, 0.01, 1e5)
        {
            EndPrice = 118.0,
            DividendYield = 0.014,
            CloseOnlyUntil = new(2005, 1, 3),
        },
        "AAPL" => new("AAPL", Start, "Q", 111.94, 1.15, 0.0, 1.2, 0.30, 0.12, 4e6)
        {
            EndPrice = 270.0,
            DividendYield = 0.012,
            DividendStart = new(2012, 8, 9),
            DividendFirstMonth = 2,
            DividendDay = DayOfWeek.Thursday,
            DividendWeek = 2,
            Splits = [(new(2000, 6, 21), 2), (new(2005, 2, 28), 2), (new(2014, 6, 9), 7), (new(2020, 8, 31), 4)],
        },
        "MSFT" => new("MSFT", Start, "Q", 116.56, 1.05, 0.0, 1.0, 0.22, 0.04, 5e7)
        {
            EndPrice = 485.0,
            DividendYield = 0.015,
            DividendStart = new(2003, 2, 19),
            DividendFirstMonth = 2,
            DividendDay = DayOfWeek.Wednesday,
            DividendWeek = 3,
            Splits = [(new(2003, 2, 18), 2)],
        },
        "AMZN" => new("AMZN", Start, "Q", 89.38, 1.25, 0.0, 1.3, 0.36, 0.10, 1e7)
        {
            EndPrice = 230.0,
            Splits = [(new(2022, 6, 6), 20)],
        },
        "NVDA" => new("NVDA", Start, "Q", 49.00, 1.4, 0.0, 1.4, 0.42, 0.18, 3e6)
        {
            EndPrice = 186.0,
            Splits =
            [
                (new(2000, 6, 27), 2), (new(2001, 9, 17), 2), (new(2006, 4, 7), 2), (new(2007, 9, 11), 1.5),
                (new(2021, 7, 20), 4), (new(2024, 6, 10), 10),
            ],
        },
        "GOOGL" => new("GOOGL", new(2004, 8, 19), "Q", 100.01, 1.1, 0.0, 1.1, 0.25, 0.08, 2e7)
        {
            EndPrice = 315.0,
            Splits = [(new(2022, 7, 18), 20)],
        },
        "META" => new("META", new(2012, 5, 18), "Q", 38.23, 1.2, 0.0, 1.2, 0.32, 0.08, 5e7) { EndPrice = 660.0 },
        "TSLA" => new("TSLA", new(2010, 6, 29), "Q", 23.89, 1.4, 0.1, 1.2, 0.50, 0.18, 2e7)
        {
            EndPrice = 450.0,
            Splits = [(new(2020, 8, 31), 5), (new(2022, 8, 25), 3)],
        },
        _ => throw new ArgumentException($"'{ticker}' is not a built-in synthetic ticker; use one of {string.Join(", ", DefaultTickers)}.", nameof(ticker)),
    };

    /// <summary>A random but plausible profile for scaling ticker number <paramref name="index"/> (1-based), listed on <paramref name="listing"/>.</summary>
    public static SymbolProfile Scaling(int index, DateOnly listing, Xoshiro256StarStar rng)
    {
        var ticker = "SYN" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var beta = 0.6 + (0.9 * rng.NextDouble());
        var size = -0.2 + (1.2 * rng.NextDouble());
        var tech = -0.3 + (1.5 * rng.NextDouble());
        var idio = 0.12 + (0.33 * rng.NextDouble());
        var price = 20.0 + (180.0 * rng.NextDouble());
        var volume = Math.Round(1e5 * (1.0 + (50.0 * rng.NextDouble())));
        return new SymbolProfile(ticker, listing, "N", Math.Round(price, 2), beta, size, tech, idio, 0.5 * idio * idio, volume);
    }
}
