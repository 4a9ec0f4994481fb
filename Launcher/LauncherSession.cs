namespace Backtest.Launcher;

/// <summary>
/// Facts learnt during one invocation that the top-level error handler needs afterwards.
/// One instance per invocation; never shared between invocations.
/// </summary>
internal sealed class LauncherSession
{
    /// <summary>The log file of the current run, once one is open; named in the internal-error hint.</summary>
    public string? LogPath { get; set; }
}
