using System.Text;

namespace Backtest.Report.Html;

/// <summary>
/// Writes an HTML table. Cells carry an optional exact sort key (data-sort) so the page script sorts numbers
/// numerically; a table with <c>sortable</c> true gets clickable headers.
/// </summary>
internal sealed class TableWriter(StringBuilder html, string id, bool sortable)
{
    public void Head(params string[] headers)
    {
        html.Append("<table id=\"").Append(id).Append('"').Append(sortable ? " class=\"sortable\"" : string.Empty).Append("><thead><tr>");
        foreach (var h in headers)
        {
            html.Append("<th>").Append(HtmlText.Escape(h)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
    }

    /// <summary>One row; each cell is display text and an optional sort key.</summary>
    public void Row(params (string Text, string? Sort)[] cells)
    {
        html.Append("<tr>");
        foreach (var (text, sort) in cells)
        {
            html.Append("<td");
            if (sort is not null)
            {
                html.Append(" data-sort=\"").Append(HtmlText.Escape(sort)).Append('"');
            }

            html.Append('>').Append(HtmlText.Escape(text)).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    public void End() => html.Append("</tbody></table>\n");
}
