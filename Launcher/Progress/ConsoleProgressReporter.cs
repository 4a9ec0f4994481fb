using Spectre.Console;

namespace Backtest.Launcher.Progress;

/// <summary>Progress as a live Spectre.Console bar, for an interactive terminal.</summary>
internal sealed class ConsoleProgressReporter(IAnsiConsole console) : IProgressReporter
{
    public T Track<T>(string description, long total, Func<IProgress<long>, T> work) =>
        console.Progress().AutoClear(false).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
            var result = work(new Sink(task));
            task.Value = task.MaxValue;
            return result;
        });

    // Spectre's ProgressTask guards its own state, so reports from parallel workers are safe.
    private sealed class Sink(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
