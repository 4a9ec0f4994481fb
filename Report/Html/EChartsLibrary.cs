namespace Backtest.Report.Html;

/// <summary>
/// Finds Apache ECharts' minified build, installed by npm into Report/web/node_modules, so it can be inlined into each
/// tear sheet (the page then needs no network). Search order: the explicit path, then Report/web/node_modules under
/// every ancestor of the application folder and of the current directory.
/// </summary>
internal static class EChartsLibrary
{
    public const string InstallCommand = "cd Report/web && npm ci";

    private static readonly string[] RelativePath = ["Report", "web", "node_modules", "echarts", "dist", "echarts.min.js"];

    /// <summary>The script text.</summary>
    /// <exception cref="FileNotFoundException">ECharts is not installed; the message names the npm command.</exception>
    public static string Load(string? explicitPath)
    {
        var path = Locate(explicitPath) ?? throw new FileNotFoundException(
            $"Apache ECharts (echarts.min.js) was not found{(explicitPath is null ? string.Empty : " at " + explicitPath)} nor under " +
            $"{Path.Combine(RelativePath)} above {AppContext.BaseDirectory}. Install it from the repository root with `{InstallCommand}`.");
        var text = File.ReadAllText(path);
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(path + " contains '</script' and cannot be inlined; reinstall it with `" + InstallCommand + "`.");
        }

        return text;
    }

    private static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? explicitPath : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine([dir.FullName, .. RelativePath]);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
