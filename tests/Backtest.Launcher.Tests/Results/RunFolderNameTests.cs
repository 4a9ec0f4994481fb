using System.Collections.Immutable;
using Backtest.Launcher.Config;
using Backtest.Launcher.Results;

namespace Backtest.Launcher.Tests.Results;

public sealed class RunFolderNameTests
{
    private static readonly LauncherOptions Options = new()
    {
        AlgorithmTypeName = "CompositeRotation",
        DataFolder = "/data",
        ResultsDestinationFolder = "/results",
        Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("lookback", "63")]),
        StartDate = new DateOnly(2015, 1, 2),
    };

    [Fact]
    public void For_SameInputs_SameName()
    {
        var name = RunFolderName.For(Options, "fp");

        Assert.Equal(name, RunFolderName.For(Options with { }, "fp"));
        Assert.Matches("^CompositeRotation-[0-9a-f]{12}$", name);
    }

    [Fact]
    public void For_PathsAndLogLevel_DoNotChangeName() =>
        Assert.Equal(
            RunFolderName.For(Options, "fp"),
            RunFolderName.For(Options with { DataFolder = "/elsewhere", ResultsDestinationFolder = "/r2", LogLevel = Serilog.Events.LogEventLevel.Debug }, "fp"));

    [Fact]
    public void For_ResultRelevantChange_ChangesName()
    {
        var name = RunFolderName.For(Options, "fp");

        Assert.NotEqual(name, RunFolderName.For(Options, "fp2"));
        Assert.NotEqual(name, RunFolderName.For(Options with { Parameters = Options.Parameters.SetItem("lookback", "64") }, "fp"));
        Assert.NotEqual(name, RunFolderName.For(Options with { EndDate = new DateOnly(2020, 1, 2) }, "fp"));
        Assert.NotEqual(name, RunFolderName.For(Options with { Cash = 1 }, "fp"));
    }

    [Fact]
    public void For_ValueThatLooksLikeSeparator_DoesNotCollide()
    {
        // "a=b" + "c" and "a" + "b=c" would collide under naive name=value joining.
        var one = Options with { Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a", "b\nc=d")]) };
        var two = Options with
        {
            Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a", "b"), KeyValuePair.Create("c", "d")]),
        };

        Assert.NotEqual(RunFolderName.For(one, "fp"), RunFolderName.For(two, "fp"));
    }

    [Fact]
    public void For_AlgorithmWithUnsafeCharacters_IsSanitised() =>
        Assert.StartsWith("My_Algo_v2-", RunFolderName.For(Options with { AlgorithmTypeName = "My/Algo v2" }, "fp"), StringComparison.Ordinal);
}
