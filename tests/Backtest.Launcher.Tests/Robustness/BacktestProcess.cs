using System.Diagnostics;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// The built <c>backtest</c> executable (backtest.dll beside the tests) started as a child process through the
/// dotnet host, so tests see real exit codes, real standard streams and a real SIGKILL.
/// </summary>
internal static class BacktestProcess
{
    /// <summary>Starts the executable in <paramref name="workingDirectory"/>; output is read asynchronously and dropped.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var process = Process.Start(Info(workingDirectory, environment, args))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts the executable with both streams redirected for the caller to read.</summary>
    public static Process StartCaptured(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Process.Start(Info(workingDirectory, environment, args))!;

    /// <summary>Runs the executable to its end and returns its exit code and both streams.</summary>
    public static (int Code, string Output, string Error) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunWrapped([], workingDirectory, environment, args);

    /// <summary>As <see cref="Run"/>, started through <paramref name="wrapper"/> (e.g. setpriv to drop root).</summary>
    public static (int Code, string Output, string Error) RunWrapped(string[] wrapper, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunToEnd(Info(workingDirectory, environment, args, wrapper));

    /// <summary>As <see cref="Run"/>, for a native build of the program (<paramref name="executable"/>, no dotnet host).</summary>
    public static (int Code, string Output, string Error) RunExecutable(string executable, string workingDirectory, params string[] args) =>
        RunToEnd(Command([executable, .. args], workingDirectory, null));

    /// <summary>SIGKILL on Linux: no finally blocks, no Dispose, no flush; then waits until the process is gone.</summary>
    public static void KillHard(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the check and the kill.
        }

        process.WaitForExit();
    }

    private static (int Code, string Output, string Error) RunToEnd(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error);
    }

    /// <summary>The dotnet host running backtest.dll beside the tests, after the <paramref name="wrapper"/> command if any.</summary>
    private static ProcessStartInfo Info(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args, string[]? wrapper = null)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return Command([.. wrapper ?? [], host, Path.Combine(AppContext.BaseDirectory, "backtest.dll"), .. args], workingDirectory, environment);
    }

    private static ProcessStartInfo Command(string[] commandLine, string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(commandLine[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in commandLine.AsSpan(1))
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
