using System.Globalization;

namespace Backtest.Launcher.Progress;

/// <summary>
/// Progress as plain lines, for redirected output (CI logs, files): one line when work starts, at most one
/// per <c>interval</c> while it runs, and one when it ends. No ANSI codes, no carriage returns.
/// </summary>
internal sealed class PlainProgressReporter(TextWriter output, TimeProvider time, TimeSpan interval) : IProgressReporter
{
    public T Track<T>(string description, long total, Func<IProgress<long>, T> work)
    {
        var sink = new Sink(output, time, interval, description, total);
        sink.WriteLine();
        var result = work(sink);
        sink.WriteLine();
        return result;
    }

    private sealed class Sink(TextWriter output, TimeProvider time, TimeSpan interval, string description, long total) : IProgress<long>
    {
        private readonly Lock gate = new();
        private DateTimeOffset lastLine = time.GetUtcNow();
        private long completed;

        public void Report(long value)
        {
            lock (gate)
            {
                completed = Math.Max(completed, value);
                var now = time.GetUtcNow();
                if (now - lastLine >= interval)
                {
                    lastLine = now;
                    WriteLine();
                }
            }
        }

        public void WriteLine()
        {
            var percent = total > 0 ? 100.0 * completed / total : 100.0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {completed}/{total} ({percent:0}%)"));
        }
    }
}
