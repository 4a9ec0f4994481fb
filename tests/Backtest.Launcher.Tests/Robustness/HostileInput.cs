using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// One row of the hostile-input catalogue (docs/robustness.md): how to build the bad input in a temp folder, the
/// command line that meets it, the exit code and message fragments the user must see, and whether the command must
/// leave a folder unwritten (no partial result).
/// </summary>
/// <param name="Id">Stable name, used as the theory case and in the docs table.</param>
/// <param name="Input">What is wrong, in a few words (docs column).</param>
/// <param name="Arrange">Writes the input under the temp folder and returns the command-line arguments.</param>
/// <param name="ExitCode">The documented exit code.</param>
/// <param name="Fragments">Texts the observed message must contain (file, line/column or JSON path, remedy).</param>
/// <param name="Untouched">A path relative to the temp folder that must not exist afterwards, or null.</param>
/// <param name="Pending">Why the case can only be checked fully once 'run' is wired, or null.</param>
internal sealed record HostileInput(
    string Id,
    string Input,
    Func<TempFolder, string[]> Arrange,
    int ExpectedExitCode,
    string[] Fragments,
    string? Untouched = null,
    string? Pending = null)
{
    public override string ToString() => Id;
}
