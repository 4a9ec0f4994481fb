using System.CommandLine;
using Backtest.Launcher.Cli;
using Backtest.Launcher.Errors;

namespace Backtest.Launcher;

/// <summary>
/// Parses the command line, runs the chosen command, and is the one top-level handler that turns an escaping
/// exception into an exit code and a single message line (see <see cref="ExitCodeMapper"/>).
/// </summary>
internal sealed class LauncherApp(LauncherServices services)
{
    /// <summary>Runs one invocation; <paramref name="cancellation"/> is Ctrl-C. Returns the process exit code.</summary>
    public async Task<int> InvokeAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var session = new LauncherSession();
        var tree = new CommandTree(services, session);
        var parsed = tree.Root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await services.Error.WriteLineAsync("backtest: " + error.Message).ConfigureAwait(false);
            }

            await services.Error.WriteLineAsync("Run 'backtest --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            // Ctrl-C is turned into the cancellation token by Program, so that tests can cancel too.
            ProcessTerminationTimeout = null,
            Output = services.Out,
            Error = services.Error,
        };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            var verbose = parsed.GetValue(tree.Global.Verbose);
            await services.Error.WriteLineAsync(ExitCodeMapper.Describe(error, verbose, session.LogPath)).ConfigureAwait(false);
            return ExitCodeMapper.Classify(error);
        }
    }
}
