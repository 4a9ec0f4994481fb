using Backtest.Data.Calendar;
using Backtest.Data.Model;

namespace Backtest.Data.Synthetic;

/// <summary>
/// Turns a profile and the common factor paths into raw daily bars with splits and cash dividends.
/// Prices are whole cents. On a split date the previous close is divided by the ratio before the day's return;
/// on an ex-date the dividend is subtracted from it, so the raw series shows both gaps and the factor file removes them.
/// Returns and bar shapes draw from two separate streams per ticker, so the bridge to
/// <see cref="SymbolProfile.EndPrice"/> never changes the shapes.
/// </summary>
internal static class SeriesBuilder
{
    private const int TailDegrees = 5;

    public static SyntheticSeries Build(SymbolProfile p, IReadOnlyList<DateOnly> days, FactorPath factors, TradingCalendar calendar, long seed)
    {
        var first = FirstIndexOnOrAfter(days, p.Listing);
        var splitOn = SplitDays(p, days);
        var exDates = DividendExDates(p, days, calendar);
        var returns = DrawReturns(p, factors, first, days.Count, Xoshiro256StarStar.ForStream(seed, "returns:" + p.Ticker));
        if (!double.IsNaN(p.EndPrice))
        {
            BridgeToEndPrice(returns, p, splitOn, exDates.Count);
        }

        var rng = Xoshiro256StarStar.ForStream(seed, "bars:" + p.Ticker);
        var bars = new List<Bar>(days.Count - first);
        var dividends = new List<(DateOnly, double)>();
        var splits = new List<(DateOnly, double)>();
        var dailyVol = FactorPath.CalmVolatility(p) / Math.Sqrt(252.0);
        var prevClose = p.StartPrice;
        var shareScale = 1.0;
        for (var i = first; i < days.Count; i++)
        {
            var day = days[i];
            var basis = prevClose;
            if (i > first && splitOn.TryGetValue(day, out var ratio))
            {
                basis /= ratio;
                shareScale *= ratio;
                splits.Add((day, ratio));
            }
            else if (i > first && exDates.Contains(day))
            {
                var amount = Math.Max(0.01, Cents(p.DividendYield / 4.0 * prevClose));
                basis -= amount;
                dividends.Add((day, amount));
            }

            var scale = factors.VolScale[i];
            var bar = MakeBar(day, calendar, basis, returns[i - first], dailyVol * scale, rng, p.BaseVolume * shareScale * Math.Pow(scale, 0.8));
            bars.Add(day < p.CloseOnlyUntil ? bar with { Open = bar.Close, High = bar.Close, Low = bar.Close } : bar);
            prevClose = bar.Close;
        }

        var rows = FactorFileBuilder.Build(bars, dividends, splits);
        return new SyntheticSeries(p.Ticker, days[first], p.Exchange, bars, dividends, splits, rows);
    }

    private static Dictionary<DateOnly, double> SplitDays(SymbolProfile p, IReadOnlyList<DateOnly> days)
    {
        // A split on a non-trading day takes effect on the next trading day; splits outside the range are dropped.
        var splitOn = new Dictionary<DateOnly, double>();
        foreach (var (date, ratio) in p.Splits)
        {
            if (date > p.Listing && date > days[0] && date <= days[^1])
            {
                splitOn[days[FirstIndexOnOrAfter(days, date)]] = ratio;
            }
        }

        return splitOn;
    }

    private static double[] DrawReturns(SymbolProfile p, FactorPath factors, int first, int count, Xoshiro256StarStar rng)
    {
        var idioDaily = p.IdioVol / Math.Sqrt(252.0);
        var drift = (p.IdioDrift / 252.0) - (0.5 * idioDaily * idioDaily);
        var returns = new double[count - first];
        for (var i = first; i < count; i++)
        {
            returns[i - first] = (p.Beta * factors.Market[i]) + (p.Size * factors.Size[i]) + (p.Tech * factors.Tech[i])
                + drift + (idioDaily * Math.Sqrt(factors.VolScale[i]) * rng.NextStudentT(TailDegrees));
        }

        return returns;
    }

    private static void BridgeToEndPrice(double[] returns, SymbolProfile p, Dictionary<DateOnly, double> splitOn, int dividendCount)
    {
        // raw end = start x exp(sum r) x prod(1 - dividend / previous close) / prod(split ratios); dividends are
        // about a quarter of the yield each, so the target log return follows from the end price.
        var splitProduct = 1.0;
        foreach (var ratio in splitOn.Values)
        {
            splitProduct *= ratio;
        }

        var target = Math.Log(p.EndPrice * splitProduct / p.StartPrice) - (dividendCount * Math.Log(1.0 - (p.DividendYield / 4.0)));
        var sum = 0.0;
        foreach (var r in returns)
        {
            sum += r;
        }

        var shift = (target - sum) / returns.Length;
        for (var i = 0; i < returns.Length; i++)
        {
            returns[i] += shift;
        }
    }

    private static Bar MakeBar(DateOnly day, TradingCalendar calendar, double basis, double r, double sigma, Xoshiro256StarStar rng, double volume)
    {
        var close = Math.Max(0.01, Cents(basis * Math.Exp(r)));
        var open = Math.Max(0.01, Cents(basis * Math.Exp((0.35 * r) + (0.25 * sigma * rng.NextGaussian()))));
        var high = Math.Max(Math.Max(open, close), Cents(Math.Max(open, close) * Math.Exp(0.6 * sigma * Math.Abs(rng.NextGaussian()))));
        var low = Math.Min(Math.Min(open, close), Math.Max(0.01, Cents(Math.Min(open, close) * Math.Exp(-0.6 * sigma * Math.Abs(rng.NextGaussian())))));
        var shares = Math.Round(volume * Math.Exp((0.35 * rng.NextGaussian()) + (8.0 * Math.Abs(r))), MidpointRounding.AwayFromZero);
        return new Bar(day.ToDateTime(TimeOnly.MinValue), day.ToDateTime(calendar.CloseOn(day)), open, high, low, close, shares);
    }

    private static HashSet<DateOnly> DividendExDates(SymbolProfile p, IReadOnlyList<DateOnly> days, TradingCalendar calendar)
    {
        var set = new HashSet<DateOnly>();
        if (p.DividendYield <= 0 || days.Count == 0)
        {
            return set;
        }

        var from = p.DividendStart > p.Listing ? p.DividendStart : p.Listing;
        var last = days[^1];
        for (var year = from.Year; year <= last.Year; year++)
        {
            for (var month = p.DividendFirstMonth; month <= 12; month += 3)
            {
                var d = NthWeekday(year, month, p.DividendDay, p.DividendWeek);
                while (!calendar.IsTradingDay(d))
                {
                    d = d.AddDays(1);
                }

                if (d >= from && d > p.Listing && d <= last)
                {
                    set.Add(d);
                }
            }
        }

        return set;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static int FirstIndexOnOrAfter(IReadOnlyList<DateOnly> days, DateOnly date)
    {
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] >= date)
            {
                return i;
            }
        }

        throw new ArgumentException($"Listing date {date:yyyy-MM-dd} is after the last generated trading day; choose a later last date or leave the ticker out.", nameof(date));
    }

    private static double Cents(double price) => Math.Round(price, 2, MidpointRounding.AwayFromZero);
}
