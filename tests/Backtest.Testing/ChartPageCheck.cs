using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Backtest.Testing;

/// <summary>
/// Opens a self-contained report page (tear sheet, comparison or sweep report) in Debian's headless Chromium through
/// Playwright's bundled driver (never a downloaded browser), with every non-file request aborted, and checks that the
/// page runs cleanly and that every element marked <c>data-chart</c> holds a painted canvas.
/// </summary>
public static class ChartPageCheck
{
    /// <summary>Debian's chromium, installed by test.sh.</summary>
    public const string Chromium = "/usr/bin/chromium";

    // Counts distinct colours over a sampled grid of each chart canvas: a blank canvas has one (or none).
    private const string ChartCheckScript = """
        () => Array.from(document.querySelectorAll('[data-chart]')).map(el => {
          const c = el.querySelector('canvas');
          if (!c || c.width === 0 || c.height === 0) return { name: el.dataset.chart, width: 0, height: 0, colours: 0 };
          const ctx = c.getContext('2d');
          const img = ctx.getImageData(0, 0, c.width, c.height).data;
          const seen = new Set();
          for (let i = 0; i < img.length; i += 4 * 37) seen.add(img[i] + ',' + img[i + 1] + ',' + img[i + 2] + ',' + img[i + 3]);
          return { name: el.dataset.chart, width: c.width, height: c.height, colours: seen.size };
        })
        """;

    /// <summary>Skips the calling test when Debian's chromium is not installed.</summary>
    public static void RequireChromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip(Chromium + " is absent: install Debian's chromium (apt-get install -y chromium; test.sh does this) to run browser tests.");
        }
    }

    /// <summary>
    /// Opens <paramref name="htmlPath"/>, waits for <c>body[data-ready='true']</c>, optionally clicks
    /// <paramref name="click"/>, saves a full-page screenshot and asserts: no console or page error, no
    /// request other than file://, <paramref name="expectedCharts"/> charts each with a sized, non-blank canvas.
    /// Returns the chart names in page order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OpenAndCheck(string htmlPath, string screenshot, int expectedCharts, string? click = null)
    {
        RequireChromium();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var blocked = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        page.PageError += (_, e) => errors.Add(e);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-ready='true']", new() { Timeout = 30_000 });
        if (click is not null)
        {
            await page.ClickAsync(click);
        }

        var json = await page.EvaluateAsync<JsonElement>(ChartCheckScript);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshot))!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        Assert.Empty(errors);
        Assert.Empty(blocked);
        var charts = json.EnumerateArray().ToArray();
        Assert.Equal(expectedCharts, charts.Length);
        Assert.All(charts, c =>
        {
            var name = c.GetProperty("name").GetString();
            Assert.True(c.GetProperty("width").GetInt32() > 0 && c.GetProperty("height").GetInt32() > 0, name + " has no sized canvas");
            Assert.True(c.GetProperty("colours").GetInt32() > 2, name + " looks blank");
        });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is suspiciously small");
        return charts.Select(c => c.GetProperty("name").GetString()!).ToArray();
    }
}
