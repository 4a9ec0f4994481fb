using System.Globalization;
using Backtest.Benchmarks.W1;
using Backtest.Benchmarks.W3;
using BenchmarkDotNet.Running;

namespace Backtest.Benchmarks;

/// <summary>
/// Entry point. <c>check [N]</c>: engine vs reference W1; <c>profile</c>: Stopwatch breakdown of W1 and sweep timings; <c>sweep</c>: sweep timings alone (to compare GC settings); <c>hot [runs] [N] [trial] [after-sweeps]</c>: warm W1 runs in a loop, for a sampling profiler (after-sweeps: with the code as two sweeps tiered it); <c>sweep-trials [rounds]</c>: each sweep trial's time when run in sweep order; <c>hot-stats [runs]</c>: LEAN statistics of one W1 result in a loop;
/// <c>w3 &lt;folder&gt; &lt;S&gt; &lt;Y&gt;</c>: one W3 scaling point (generates data when the folder is empty); anything else
/// goes to BenchmarkDotNet's switcher.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "check":
                return W1Check.Execute(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
            case "profile":
                W1Profile.Execute();
                return 0;
            case "sweep":
                W1Profile.ExecuteSweep();
                return 0;
            case "sweep-trials":
                W1Profile.ExecuteSweepTrials(args.Length > 1 ? Int(args[1]) : 9);
                return 0;
            case "hot":
                W1Profile.ExecuteHot(args.Length > 1 ? Int(args[1]) : 2000, args.Length > 2 ? Int(args[2]) : 5, args.Length > 3 && args[3] == "trial", args.Length > 4 && args[4] == "after-sweeps");
                return 0;
            case "hot-stats":
                W1Profile.ExecuteHotStatistics(args.Length > 1 ? Int(args[1]) : 2000);
                return 0;
            case "w3":
                return ScalingPoint.Execute(args[1], Int(args[2]), Int(args[3]), args.Length > 4 && args[4] == "idle");
            default:
                // BenchmarkDotNet's child processes inherit the environment, not this project's runtimeconfig: give them
                // the tiering setting the CLI ships with (Backtest.Benchmarks.csproj says why).
                Environment.SetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0");
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
