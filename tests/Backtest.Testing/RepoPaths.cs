namespace Backtest.Testing;

/// <summary>Locates the repository root (the folder holding Backtest.sln) from a test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(Find);

    public static string RootPath => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([RootPath, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Backtest.sln not found above " + AppContext.BaseDirectory);
    }
}
