namespace Backtest.Testing;

/// <summary>
/// Locates the third-party data beside the repository (../shared), which is never copied into it.
/// Order: the BACKTEST_SHARED environment variable, then a folder named "shared" beside any ancestor
/// of the test's working directory. Tests that need it skip with <see cref="MissingReason"/> when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it cannot be found.</summary>
    public static string? RootPath => Root.Value;

    public static string MissingReason =>
        "../shared (third-party test data) was not found beside the repository; set BACKTEST_SHARED to its path to run this test.";

    /// <summary>A path under the shared folder, or null when the folder or the path is absent.</summary>
    public static string? PathOf(params string[] parts)
    {
        if (RootPath is null)
        {
            return null;
        }

        var path = Path.Combine([RootPath, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The LEAN sample data folder (shared/data/lean), or null.</summary>
    public static string? LeanDataFolder => PathOf("data", "lean");

    /// <summary>The market data folder (shared/data/market), or null.</summary>
    public static string? MarketDataFolder => PathOf("data", "market");

    /// <summary>The parity case file (shared/parity/lean/cases.json), or null.</summary>
    public static string? ParityCases => PathOf("parity", "lean", "cases.json");

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("BACKTEST_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "parity")) || Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }
}
