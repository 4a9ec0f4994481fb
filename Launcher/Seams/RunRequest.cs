using Backtest.Launcher.Config;

namespace Backtest.Launcher.Seams;

/// <summary>One backtest: the effective options and the folder to write results into.</summary>
/// <param name="Options">Validated options (paths absolute).</param>
/// <param name="OutputFolder">An empty temporary folder; the launcher renames it to the final run folder on success.</param>
/// <param name="RunName">The final run folder's name, for titles and file names.</param>
internal sealed record RunRequest(LauncherOptions Options, string OutputFolder, string RunName);
