using Backtest.Launcher.Errors;
using Backtest.Launcher.Results;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Results;

public sealed class ResultFolderWriterTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly ResultFolderWriter writer = new(processId: 77);

    public void Dispose() => temp.Dispose();

    private string Final => temp.File("results/Algo-abc");

    [Fact]
    public void Write_NewFolder_AppearsWithContentsAndNoTemporaryFolder()
    {
        writer.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "1"));

        Assert.Equal("1", File.ReadAllText(Path.Combine(Final, "a.txt")));
        Assert.Equal([Final], Directory.GetDirectories(temp.File("results")));
    }

    [Fact]
    public void Write_WritesIntoTemporaryFolderNamedAfterProcess()
    {
        string? seen = null;

        writer.Write(Final, folder => seen = folder);

        Assert.Equal(Final + ".tmp-77", seen);
    }

    [Fact]
    public void Write_Existing_ReplacesWholeFolder()
    {
        writer.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "old-only.txt"), "old"));

        writer.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new"));

        Assert.Equal(["a.txt"], Directory.GetFiles(Final).Select(Path.GetFileName));
        Assert.Equal([Final], Directory.GetDirectories(temp.File("results")));
    }

    [Fact]
    public void Write_ThrowsMidway_PreviousResultSurvivesAndTemporaryIsRemoved()
    {
        writer.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "previous"));

        var error = Assert.Throws<InvalidOperationException>(() => writer.Write(Final, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "half");
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal("boom", error.Message);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Final, "a.txt")));
        Assert.False(Directory.Exists(writer.TempFolderOf(Final)));
    }

    [Fact]
    public void Write_StaleTemporaryFromEarlierCrash_IsReplaced()
    {
        temp.Write("results/Algo-abc.tmp-77/stale.txt", "x");

        writer.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "1"));

        Assert.False(File.Exists(Path.Combine(Final, "stale.txt")));
    }

    [Fact]
    public void Write_ParentIsAFile_ThrowsOutputException()
    {
        var blocker = temp.Write("blocker", "not a folder");

        var error = Assert.Throws<OutputException>(() => writer.Write(Path.Combine(blocker, "run"), _ => { }));

        Assert.Contains("cannot create the temporary result folder", error.Message, StringComparison.Ordinal);
    }
}
