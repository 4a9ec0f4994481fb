using Backtest.Launcher.Logging;
using Backtest.Testing;
using Serilog.Core;
using Serilog.Events;

namespace Backtest.Launcher.Tests.Logging;

public sealed class LogSetupTests
{
    private sealed class Collect : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }

    [Fact]
    public void Create_Level_FiltersConsoleAndFile()
    {
        using var temp = new TempFolder();
        var console = new Collect();
        var file = temp.File("run/log.txt");

        using (var logger = LogSetup.Create(LogEventLevel.Warning, sinks => sinks.Sink(console), file))
        {
            logger.Information("quiet {N}", 1);
            logger.Warning("loud {N}", 2);
        }

        Assert.Equal(["loud {N}"], console.Events.Select(e => e.MessageTemplate.Text));
        var text = File.ReadAllText(file);
        Assert.Contains("[WRN] loud 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("quiet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoFile_WritesConsoleOnly()
    {
        var console = new Collect();

        using (var logger = LogSetup.Create(LogEventLevel.Information, sinks => sinks.Sink(console), logFile: null))
        {
            logger.Information("hello");
        }

        Assert.Single(console.Events);
    }
}
