using Backtest.Data.Errors;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Tests.Errors;

public sealed class ExitCodeMapperTests
{
    public static TheoryData<Exception, int> Cases => new()
    {
        { new OperationCanceledException(), 130 },
        { new TaskCanceledException(), 130 },
        { new ConfigException("bad key"), 2 },
        { new NotAvailableException("later"), 2 },
        { new DataException("bad row"), 3 },
        { new AlgorithmException("user code", new DivideByZeroException()), 4 },
        { new OutputException("cannot rename"), 5 },
        { new UnauthorizedAccessException("read-only"), 5 },
        { new IOException("No space left on device"), 5 },
        { new FileNotFoundException("missing"), 1 },
        { new InvalidOperationException("bug"), 1 },
        { new NullReferenceException(), 1 },
        { new AggregateException(new DataException("inner")), 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_EachExceptionKind_MapsToDocumentedCode(Exception error, int expected) =>
        Assert.Equal(expected, ExitCodeMapper.Classify(error));

    [Fact]
    public void Describe_NotVerbose_IsOneLine()
    {
        var message = ExitCodeMapper.Describe(new DataException("a.csv:3: bad. Fix it."), verbose: false, logPath: null);

        Assert.Equal("backtest: data error: a.csv:3: bad. Fix it.", message);
    }

    [Fact]
    public void Describe_Verbose_AddsStackTrace()
    {
        var message = ExitCodeMapper.Describe(Thrown(new InvalidOperationException("bug")), verbose: true, logPath: null);

        Assert.Contains(Environment.NewLine, message, StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_InternalError_AsksToReportWithLogPath()
    {
        var message = ExitCodeMapper.Describe(new InvalidOperationException("bug"), verbose: false, logPath: "/r/log.txt");

        Assert.Equal(
            "backtest: internal error: InvalidOperationException: bug. This is a bug; please report it with the command line and the log file /r/log.txt (run again with --verbose to print the stack trace).",
            message);
    }

    [Fact]
    public void Describe_AlgorithmError_NamesCause() =>
        Assert.Equal(
            "backtest: algorithm error: OnData threw (DivideByZeroException: Attempted to divide by zero.)",
            ExitCodeMapper.Describe(new AlgorithmException("OnData threw", new DivideByZeroException()), verbose: false, logPath: null));

    private static Exception Thrown(Exception error)
    {
        try
        {
            throw error;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
