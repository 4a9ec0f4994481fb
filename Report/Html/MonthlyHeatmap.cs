using System.Globalization;
using System.Text;
using Backtest.Report.Analysis;
using static Backtest.Report.Html.HtmlText;

namespace Backtest.Report.Html;

/// <summary>
/// Monthly returns as a colour-scaled table (years down, months across, then the year's return): green for gains,
/// red for losses, intensity proportional to |return| / the largest |monthly return|. Each cell carries data-month.
/// </summary>
internal static class MonthlyHeatmap
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static void Write(StringBuilder html, PeriodReturns periods)
    {
        var scale = periods.Monthly.Count == 0 ? 1 : Math.Max(periods.Monthly.Max(m => Math.Abs(m.Return)), 1e-12);
        var byMonth = periods.Monthly.ToDictionary(m => (m.Year, m.Month), m => m.Return);
        html.Append("<table id=\"monthly-table\" class=\"heatmap\"><thead><tr><th>Year</th>");
        foreach (var m in Months)
        {
            html.Append("<th>").Append(m).Append("</th>");
        }

        html.Append("<th>Year</th></tr></thead><tbody>\n");
        foreach (var (year, annual) in periods.Annual)
        {
            html.Append("<tr><th>").Append(Int(year)).Append("</th>");
            for (var month = 1; month <= 12; month++)
            {
                if (byMonth.TryGetValue((year, month), out var r))
                {
                    html.Append("<td data-month=\"").Append(Int(year)).Append('-').Append(month.ToString("00", CultureInfo.InvariantCulture))
                        .Append("\" style=\"background:").Append(Colour(r / scale)).Append("\">").Append(Percent(r, 1)).Append("</td>");
                }
                else
                {
                    html.Append("<td></td>");
                }
            }

            html.Append("<td class=\"year\" data-year=\"").Append(Int(year)).Append("\">").Append(Percent(annual, 1)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>A colour for a value in [-1, 1]: white at 0, green towards +1, red towards -1.</summary>
    private static string Colour(double x)
    {
        var t = Math.Clamp(Math.Abs(x), 0, 1);
        var (r, g, b) = x >= 0 ? (46, 160, 67) : (214, 54, 56);
        static int Mix(int c, double t) => (int)Math.Round(255 + (c - 255) * t * 0.85);
        return string.Create(CultureInfo.InvariantCulture, $"rgb({Mix(r, t)},{Mix(g, t)},{Mix(b, t)})");
    }
}
