using System.Diagnostics;
using Backtest.Testing;

namespace Backtest.Launcher.Tests;

/// <summary>End to end: the built <c>backtest</c> executable, as a separate process, with the real (not yet wired) seams.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Main_SweepWithoutConfig_ExitsTwoWithMessageOnStandardError()
    {
        var (code, output, error) = Run("sweep");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("backtest: config error: $.algorithm-type-name: no algorithm is named. Set \"algorithm-type-name\" in config.json or pass --algorithm <ClassName>.", error.Trim());
    }

    [Fact]
    public void Main_ConfigTypo_ExitsTwoWithPathAndSuggestion()
    {
        var config = temp.Write("config.json", """{ "algorithm-type-name": "A", "data-foldr": "x" }""");

        var (code, _, error) = Run("run", "--config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"backtest: config error: {config}: $.data-foldr: unknown key; did you mean 'data-folder'?", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Main_RunOnEmbeddedSample_ExitsZeroAndWritesTheResultFolder()
    {
        temp.Write("config.json", $$"""{ "algorithm-type-name": "BuyAndHold", "data-folder": "{{RepoPaths.PathOf("Data", "sample").Replace("\\", "/", StringComparison.Ordinal)}}", "results-destination-folder": "out" }""");

        var (code, output, error) = Run("run", "--config", temp.File("config.json"));

        Assert.True(code == 0, error);
        Assert.Contains("SYNTHETIC DATA", output, StringComparison.Ordinal);
        var folder = Assert.Single(Directory.GetDirectories(temp.File("out")));
        Assert.All(new[] { "result.json", "equity.csv", "orders.csv", "trades.csv", "log.txt" }, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
    }

    [Fact]
    public void Main_UnknownAlgorithm_ExitsTwoWithNearestName()
    {
        temp.Write("config.json", $$"""{ "algorithm-type-name": "BuyAndHodl", "data-folder": "{{RepoPaths.PathOf("Data", "sample").Replace("\\", "/", StringComparison.Ordinal)}}" }""");

        var (code, _, error) = Run("run", "--config", temp.File("config.json"));

        Assert.Equal(2, code);
        Assert.Contains("$.algorithm-type-name: unknown algorithm. did you mean 'BuyAndHold'?", error, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Run(params string[] args) => Robustness.BacktestProcess.Run(temp.Path, null, args);
}
