using Backtest.Launcher.Progress;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Tests.Fakes;

/// <summary>A <see cref="LauncherApp"/> over fakes with captured output, rooted in a test folder.</summary>
internal sealed class TestLauncher(string currentDirectory, IRunCommand? run = null, IDataCommands? data = null)
{
    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public FakeRunCommand FakeRun { get; } = run as FakeRunCommand ?? new FakeRunCommand();

    public FakeDataCommands FakeData { get; } = data as FakeDataCommands ?? new FakeDataCommands();

    public int Invoke(params string[] args) => Invoke(CancellationToken.None, args);

    public int Invoke(CancellationToken cancellation, params string[] args)
    {
        var services = new LauncherServices
        {
            Run = run ?? FakeRun,
            Data = data ?? FakeData,
            Out = Out,
            Error = Error,
            ConsoleSink = _ => { },
            Progress = new PlainProgressReporter(TextWriter.Null, TimeProvider.System, TimeSpan.FromHours(1)),
            CurrentDirectory = currentDirectory,
            ProcessId = 4242,
        };
        return new LauncherApp(services).InvokeAsync(args, cancellation).GetAwaiter().GetResult();
    }
}
