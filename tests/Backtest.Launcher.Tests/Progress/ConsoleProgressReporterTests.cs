using Backtest.Launcher.Progress;
using Spectre.Console;

namespace Backtest.Launcher.Tests.Progress;

public sealed class ConsoleProgressReporterTests
{
    [Fact]
    public void Track_ParallelReports_ReturnsWorkResultAndRendersDescription()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });

        var result = new ConsoleProgressReporter(console).Track("Importing [csv]", 100, progress =>
        {
            Parallel.For(0, 100, i => progress.Report(i + 1));
            return "done";
        });

        Assert.Equal("done", result);
        // Markup characters in the description are escaped, not interpreted.
        Assert.Contains("Importing [csv]", output.ToString(), StringComparison.Ordinal);
    }
}
