using System.Resources;
using System.Text;

namespace Backtest.Report.Html;

/// <summary>
/// The HTML document around a page body: inline style, the embedded chart data, ECharts and the page script, all
/// inline so the file opens offline with no request. Every page gets tables.js (sortable tables) and one page script.
/// </summary>
internal static class PageShell
{
    public const string DataElementId = "tearsheet-data";

    /// <param name="pageScript">The embedded asset that draws this page's charts from the data element.</param>
    public static string Wrap(string title, StringBuilder body, string dataJson, string echarts, string pageScript = "tearsheet.js")
    {
        var html = new StringBuilder(body.Length + echarts.Length + dataJson.Length + 16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(HtmlText.Escape(title)).Append("</title>\n<style>\n")
            .Append(Asset("tearsheet.css")).Append("</style>\n</head>\n<body>\n").Append(body)
            .Append("<script type=\"application/json\" id=\"").Append(DataElementId).Append("\">").Append(dataJson).Append("</script>\n")
            .Append("<script>\n").Append(echarts).Append("\n</script>\n<script>\n").Append(Asset("tables.js"))
            .Append("</script>\n<script>\n").Append(Asset(pageScript)).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Opens a section with a heading; <paramref name="note"/> is an optional explanatory line.</summary>
    public static void Section(StringBuilder html, string id, string heading, string? note = null)
    {
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(HtmlText.Escape(heading)).Append("</h2>\n");
        if (note is not null)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Escape(note)).Append("</p>\n");
        }
    }

    public static void Chart(StringBuilder html, string name, string cssClass = "chart") =>
        html.Append("<div class=\"").Append(cssClass).Append("\" data-chart=\"").Append(name).Append("\"></div>\n");

    private static string Asset(string name)
    {
        using var stream = typeof(PageShell).Assembly.GetManifestResourceStream("Backtest.Report.Assets." + name)
            ?? throw new MissingManifestResourceException("Embedded asset " + name + " is missing from Backtest.Report.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
