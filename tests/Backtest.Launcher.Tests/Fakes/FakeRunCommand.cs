using Backtest.Launcher.Config;
using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Tests.Fakes;

/// <summary>
/// A run that writes result.txt (the parameters) into the output folder, logs one line, and then throws
/// <see cref="Throw"/> when set; records every request.
/// </summary>
internal sealed class FakeRunCommand : IRunCommand
{
    public List<RunRequest> Requests { get; } = [];

    public string Fingerprint { get; init; } = "data-v1";

    public Exception? Throw { get; init; }

    public string DataFingerprint(LauncherOptions options, CancellationToken cancellation) => Fingerprint;

    public void Validate(LauncherOptions options)
    {
        // The fake accepts any algorithm name; RunCommandTests cover the real checks.
    }

    public void Run(RunRequest request, CommandContext context, CancellationToken cancellation)
    {
        Requests.Add(request);
        context.Logger.Information("fake run of {Algorithm}", request.Options.AlgorithmTypeName);
        File.WriteAllText(Path.Combine(request.OutputFolder, "result.txt"), string.Join(",", request.Options.Parameters));
        cancellation.ThrowIfCancellationRequested();
        if (Throw is not null)
        {
            throw Throw;
        }
    }
}
