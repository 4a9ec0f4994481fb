using Backtest.Launcher.Progress;
using Serilog;

namespace Backtest.Launcher.Seams;

/// <summary>What a command implementation receives from the launcher: where to log, report progress and print results.</summary>
/// <param name="Logger">The configured logger; libraries log through it, never through a static logger.</param>
/// <param name="Progress">Progress display for long work.</param>
/// <param name="Out">Standard output, for the command's own report (e.g. validation findings).</param>
internal sealed record CommandContext(ILogger Logger, IProgressReporter Progress, TextWriter Out);
