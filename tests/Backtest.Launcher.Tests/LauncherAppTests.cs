using Backtest.Data.Errors;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests;

/// <summary>The run flow and the top-level exception handler, through the real command tree and fake seams.</summary>
public sealed class LauncherAppTests : IDisposable
{
    private readonly TempFolder temp = new();

    public LauncherAppTests()
    {
        Directory.CreateDirectory(temp.File("data"));
        temp.Write("config.json", """{ "algorithm-type-name": "Algo", "data-folder": "data", "parameters": { "lookback": 63 } }""");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Run_Success_WritesDeterministicFolderWithLogAndPrintsPath()
    {
        var launcher = new TestLauncher(temp.Path);

        var code = launcher.Invoke("run");

        Assert.Equal(0, code);
        var folder = Assert.Single(Directory.GetDirectories(temp.File("results")));
        Assert.Matches("/Algo-[0-9a-f]{12}$", folder);
        Assert.Equal("[lookback, 63]", File.ReadAllText(Path.Combine(folder, "result.txt")));
        Assert.Contains("fake run of Algo", File.ReadAllText(Path.Combine(folder, "log.txt")), StringComparison.Ordinal);
        Assert.Equal("Results: " + folder, launcher.Out.ToString().Trim());
    }

    [Fact]
    public void Run_Twice_SameFolderName()
    {
        new TestLauncher(temp.Path).Invoke("run");
        var first = Directory.GetDirectories(temp.File("results"));

        new TestLauncher(temp.Path).Invoke("run");

        Assert.Equal(first, Directory.GetDirectories(temp.File("results")));
    }

    [Fact]
    public void Run_DifferentParameter_DifferentFolder()
    {
        new TestLauncher(temp.Path).Invoke("run");

        new TestLauncher(temp.Path).Invoke("run", "-p", "lookback=126");

        Assert.Equal(2, Directory.GetDirectories(temp.File("results")).Length);
    }

    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new DataException("a.csv:3, column close: not a number (found 'x'). Fix the row."), 3, "backtest: data error: a.csv:3, column close" },
        { new AlgorithmException("OnData threw", new DivideByZeroException()), 4, "backtest: algorithm error: OnData threw (DivideByZeroException" },
        { new IOException("No space left on device"), 5, "backtest: cannot write results: No space left on device. Free disk space" },
        { new OperationCanceledException(), 130, "backtest: cancelled (Ctrl-C)" },
        { new InvalidOperationException("engine bug"), 1, "backtest: internal error: InvalidOperationException: engine bug." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Run_SeamThrows_MapsToExitCodeAndKeepsPreviousResult(Exception error, int expectedCode, string expectedStart)
    {
        new TestLauncher(temp.Path).Invoke("run");
        var previous = Assert.Single(Directory.GetDirectories(temp.File("results")));
        var launcher = new TestLauncher(temp.Path, new FakeRunCommand { Throw = error });

        var code = launcher.Invoke("run");

        Assert.Equal(expectedCode, code);
        var message = launcher.Error.ToString().TrimEnd();
        Assert.StartsWith(expectedStart, message, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, message, StringComparison.Ordinal);
        Assert.Equal([previous], Directory.GetDirectories(temp.File("results")));
        Assert.Equal("[lookback, 63]", File.ReadAllText(Path.Combine(previous, "result.txt")));
    }

    [Fact]
    public void Run_InternalError_NamesKeptLogFile()
    {
        var launcher = new TestLauncher(temp.Path, new FakeRunCommand { Throw = new InvalidOperationException("engine bug") });

        launcher.Invoke("run");

        var log = Assert.Single(Directory.GetFiles(temp.File("results"), "*.failed-log.txt"));
        Assert.Contains("log file " + log, launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("engine bug", File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Verbose_PrintsStackTrace()
    {
        var launcher = new TestLauncher(temp.Path, new FakeRunCommand { Throw = new InvalidOperationException("engine bug") });

        launcher.Invoke("run", "--verbose");

        Assert.Contains($"{nameof(FakeRunCommand)}.{nameof(FakeRunCommand.Run)}", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CancelledToken_ExitsOneThirtyWithoutResultFolder()
    {
        var launcher = new TestLauncher(temp.Path);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var code = launcher.Invoke(cancellation.Token, "run");

        Assert.Equal(130, code);
        Assert.Empty(Directory.GetDirectories(temp.File("results")));
    }

    [Fact]
    public void Run_ConfigError_ExitsTwoWithPathAndSuggestion()
    {
        temp.Write("config.json", """{ "algoritm-type-name": "Algo" }""");
        var launcher = new TestLauncher(temp.Path);

        var code = launcher.Invoke("run");

        Assert.Equal(2, code);
        Assert.StartsWith($"backtest: config error: {temp.File("config.json")}: $.algoritm-type-name: unknown key; did you mean 'algorithm-type-name'?",
            launcher.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(launcher.FakeRun.Requests);
    }

    [Fact]
    public void Run_ResultsFolderIsAFile_ExitsFive()
    {
        temp.Write("results", "a file where the results folder should be");
        var launcher = new TestLauncher(temp.Path);

        var code = launcher.Invoke("run");

        Assert.Equal(5, code);
        Assert.StartsWith("backtest: cannot write results: cannot create the temporary result folder", launcher.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_SeamThrowsDataException_ExitsThree()
    {
        var launcher = new TestLauncher(temp.Path, data: new FakeDataCommands { Throw = DataException.InFile("x.zip", "not a zip", "Re-download it") });

        var code = launcher.Invoke("data", "validate", "x.zip");

        Assert.Equal(3, code);
        Assert.Equal("backtest: data error: x.zip: not a zip. Re-download it", launcher.Error.ToString().Trim());
    }
}
