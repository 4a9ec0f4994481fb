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

    [Fact]
    public void Write_KilledBetweenTheTwoRenames_NextWriteRestoresThePreviousResultFirstAndRemovesLeftovers()
    {
        // What a writer with pid 55 leaves when killed after moving the final folder aside, before renaming its own.
        temp.Write("results/Algo-abc.old-55/a.txt", "previous");
        temp.Write("results/Algo-abc.tmp-55/a.txt", "complete but never swapped in");
        var repairing = new ResultFolderWriter(processId: 77, isRunning: _ => false);
        string? seenBeforeWriting = null;

        repairing.Write(Final, folder =>
        {
            seenBeforeWriting = File.ReadAllText(Path.Combine(Final, "a.txt"));
            File.WriteAllText(Path.Combine(folder, "a.txt"), "new");
        });

        Assert.Equal("previous", seenBeforeWriting);
        Assert.Equal("new", File.ReadAllText(Path.Combine(Final, "a.txt")));
        Assert.Equal([Final], Directory.GetDirectories(temp.File("results")));
    }

    [Fact]
    public void Write_LeftoversOfARunningProcess_AreLeftAlone()
    {
        temp.Write("results/Algo-abc.tmp-55/a.txt", "being written by another run");
        var careful = new ResultFolderWriter(processId: 77, isRunning: pid => pid == 55);

        careful.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new"));

        Assert.True(File.Exists(Final + ".tmp-55/a.txt"));
    }

    [Fact]
    public void Write_SiblingWithSimilarName_IsNotTouched()
    {
        temp.Write("results/Algo-abc.tmp-x/keep.txt", "not a leftover");
        temp.Write("results/Algo-abc.old-12a/keep.txt", "not a leftover");
        var repairing = new ResultFolderWriter(processId: 77, isRunning: _ => false);

        repairing.Write(Final, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new"));

        Assert.Equal(3, Directory.GetDirectories(temp.File("results")).Length);
    }
}
