using System.Security.Cryptography;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>The same command on the same input writes byte-identical folders and prints identical reports.</summary>
public sealed class DeterminismTests : IDisposable
{
    private const string Csv = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,100.5,102,100,101.25,99.1,1000\n2024-01-03,101.5,103,101,102.25,100.2,1010\n2024-01-04,102.5,104,102,103.25,101.3,1020\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Generate_SameSeedTwice_ByteIdenticalFolders()
    {
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        Assert.Equal(0, launcher.Invoke("data", "generate", "--seed", "7", "--out", "a"));
        Assert.Equal(0, launcher.Invoke("data", "generate", "--seed", "7", "--out", "b"));

        AssertSameFolder(temp.File("a"), temp.File("b"));
    }

    [Fact]
    public void Import_SameFilesTwice_ByteIdenticalFolders()
    {
        temp.Write("csv/AAA.csv", Csv);
        temp.Write("csv/BBB.csv", Csv.Replace("Adj Close", "AdjClose", StringComparison.Ordinal));
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());

        Assert.Equal(0, launcher.Invoke("data", "import", "csv", "--out", "a"));
        Assert.Equal(0, launcher.Invoke("data", "import", "csv", "--out", "b"));
        Assert.Equal(0, launcher.Invoke("data", "import", "csv", "--out", "b"));

        AssertSameFolder(temp.File("a"), temp.File("b"));
    }

    [Fact]
    public void Validate_SameFolderTwice_IdenticalReportText()
    {
        var setup = new TestLauncher(temp.Path, data: new DataCommands());
        Assert.Equal(0, setup.Invoke("data", "generate", "--seed", "3", "--out", "data"));
        temp.Write("data/rates/bad.csv", "observation_date,DFF\n2024-01-02,5.33\n2024-01-02,5.32\n");

        var first = Validate();
        var second = Validate();

        Assert.Equal(3, first.Code);
        Assert.Equal(first, second);
        Assert.Contains("bad.csv:3, column observation_date: date repeats the previous observation", first.Out, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Error) Validate()
    {
        var launcher = new TestLauncher(temp.Path, data: new DataCommands());
        var code = launcher.Invoke("data", "validate", "data");
        return (code, launcher.Out.ToString(), launcher.Error.ToString());
    }

    private static void AssertSameFolder(string expected, string actual)
    {
        var left = Snapshot(expected);
        var right = Snapshot(actual);
        Assert.NotEmpty(left);
        Assert.Equal(left, right);
    }

    /// <summary>Relative path and SHA-256 of every file, in ordinal path order.</summary>
    private static List<string> Snapshot(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal),
    ];
}
