using System.Globalization;
using System.Net;

namespace Backtest.Report.Html;

/// <summary>HTML escaping and the invariant number formats the tear sheet displays. Non-finite numbers show as "n/a".</summary>
internal static class HtmlText
{
    public const string NotAvailable = "n/a";

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A fraction as a percentage with <paramref name="decimals"/> decimals, e.g. 0.0813 -> "8.13%".</summary>
    public static string Percent(double fraction, int decimals = 2) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : NotAvailable;

    /// <summary>A plain number with a fixed number of decimals, e.g. a Sharpe ratio "0.401".</summary>
    public static string Fixed(double value, int decimals = 3) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : NotAvailable;

    /// <summary>Dollars with thousands separators and cents, e.g. "$705,188.05".</summary>
    public static string Money(double value) =>
        double.IsFinite(value) ? (value < 0 ? "-$" : "$") + Math.Abs(value).ToString("N2", CultureInfo.InvariantCulture) : NotAvailable;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip text, used in data-sort attributes so that sorting is numeric and exact.</summary>
    public static string Raw(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Share quantity: whole numbers without decimals, fractional ones with up to 6.</summary>
    public static string Quantity(double value) =>
        double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : NotAvailable;

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
