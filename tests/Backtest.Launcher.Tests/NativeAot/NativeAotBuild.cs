using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.NativeAot;

/// <summary>
/// The launcher published with Native AOT (docs/native-aot.md), once per test class: <c>dotnet publish
/// -p:PublishAot=true</c> into a temporary folder, with its own artifacts folder so the solution's bin/obj folders
/// (which other test assemblies are running from) are never written. About a minute on two cores.
/// </summary>
public sealed class NativeAotBuild : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private readonly TempFolder temp = new();

    public NativeAotBuild()
    {
        var output = temp.File("aot");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.RootPath,
        };
        foreach (var arg in new[]
                 {
                     "publish", RepoPaths.PathOf("Launcher", "Backtest.Launcher.csproj"), "-c", "Release",
                     "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true",
                     "--artifacts-path", temp.File("artifacts"), "-o", output, "-nologo",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under `dotnet test`, whose MSBuild variables would point a nested build at its own
        // MSBuild instance; the nested publish must find the SDK's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            PublishLog = log.ToString();
            Failure = $"dotnet publish -p:PublishAot=true did not finish within {PublishTimeout.TotalMinutes} minutes.";
            return;
        }

        process.WaitForExit();
        PublishLog = log.ToString();
        var executable = Path.Combine(output, "backtest");
        if (process.ExitCode == 0 && File.Exists(executable))
        {
            Executable = executable;
        }
        else if (PublishLog.Contains("nativeaot-prerequisites", StringComparison.Ordinal) || PublishLog.Contains("not found in PATH", StringComparison.Ordinal))
        {
            // The machine lacks the native toolchain ILCompiler links with (clang, else gcc; objcopy to strip symbols).
            SkipReason = "Native AOT needs a C toolchain to link (https://aka.ms/nativeaot-prerequisites); dotnet publish said: " + LastLines(PublishLog);
        }
        else
        {
            Failure = $"dotnet publish -p:PublishAot=true exited with {process.ExitCode}: " + LastLines(PublishLog);
        }
    }

    /// <summary>The published native executable, or null when publishing failed or was not possible.</summary>
    public string? Executable { get; }

    /// <summary>Why the tests skip (no native toolchain on this machine), or null.</summary>
    public string? SkipReason { get; }

    /// <summary>Why the tests fail (the publish itself failed: a trim or AOT warning, a build error), or null.</summary>
    public string? Failure { get; }

    public string PublishLog { get; } = string.Empty;

    /// <summary>The executable, after skipping or failing the calling test when there is none.</summary>
    public string Require()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }

        Assert.True(Failure is null, Failure);
        return Executable!;
    }

    /// <summary>Runs the native executable to its end in <paramref name="workingDirectory"/>.</summary>
    public (int Code, string Output, string Error) Run(string workingDirectory, params string[] args) =>
        Robustness.BacktestProcess.RunExecutable(Require(), workingDirectory, args);

    public void Dispose() => temp.Dispose();

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    /// <summary>The error lines of the publish log (a trim or AOT warning is an error here), else its last lines.</summary>
    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => l.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(20).ToList();
        return string.Join('\n', errors.Count > 0 ? errors : lines.TakeLast(15));
    }
}
