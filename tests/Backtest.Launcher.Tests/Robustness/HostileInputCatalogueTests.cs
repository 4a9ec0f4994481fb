using System.Text;
using Backtest.Launcher.Commands;
using Backtest.Launcher.Seams;
using Backtest.Launcher.Tests.Fakes;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// Every hostile input of docs/robustness.md through the real command tree (real data commands, the not-yet-wired
/// run command): documented exit code, a message naming the file and place and saying what to do, and no partial
/// result. The docs table is generated from what these cases observe and checked here, so it cannot drift; set
/// BACKTEST_UPDATE_DOCS=1 to rewrite it after a deliberate message change.
/// </summary>
public sealed class HostileInputCatalogueTests
{
    private const string Begin = "<!-- catalogue:begin -->";
    private const string End = "<!-- catalogue:end -->";

    public static TheoryData<string> Ids => [.. HostileInputs.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Catalogue_Case_ExitsWithDocumentedCodeAndMessage(string id)
    {
        var input = HostileInputs.All.Single(c => c.Id == id);

        var (code, message, temp) = Observe(input);
        using (temp)
        {
            Assert.Equal(input.ExpectedExitCode, code);
            foreach (var fragment in input.Fragments)
            {
                Assert.Contains(fragment, message, StringComparison.Ordinal);
            }

            if (input.Untouched is { } path)
            {
                var full = temp.File(path);
                Assert.False(Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any(), $"{path} was written although the command failed");
            }
        }
    }

    [Fact]
    public void Catalogue_DocsTable_MatchesObservedMessages()
    {
        var table = new StringBuilder();
        table.Append("| Case | Bad input | Observed message (temp folder shown as `<tmp>`) | Exit | Test |\n");
        table.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var input in HostileInputs.All)
        {
            var (code, message, temp) = Observe(input);
            temp.Dispose();
            var pending = input.Pending is null ? string.Empty : $" **Pending:** {input.Pending}.";
            table.Append($"| `{input.Id}` | {input.Input}{pending} | `{message.Replace("|", "\\|", StringComparison.Ordinal)}` | {code} | `HostileInputCatalogueTests.Catalogue_Case_ExitsWithDocumentedCodeAndMessage(\"{input.Id}\")` |\n");
        }

        var docs = RepoPaths.PathOf("docs", "robustness.md");
        var text = File.ReadAllText(docs).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length + 1;
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var expected = table.ToString();
        if (Environment.GetEnvironmentVariable("BACKTEST_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(docs, string.Concat(text.AsSpan(0, start), expected, text.AsSpan(end)));
            return;
        }

        Assert.Equal(expected, text[start..end]);
    }

    /// <summary>Runs the case in a fresh temp folder; the message is the failing file's report line, else the error line.</summary>
    private static (int Code, string Message, TempFolder Temp) Observe(HostileInput input)
    {
        var temp = new TempFolder();
        var args = input.Arrange(temp);
        var launcher = new TestLauncher(temp.Path, run: new RunCommand(), data: new DataCommands());
        var code = launcher.Invoke(args);
        var lines = launcher.Out.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var report = lines.FirstOrDefault(l => l.StartsWith("INVALID ", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => l.StartsWith("ok ", StringComparison.Ordinal));
        var error = launcher.Error.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var message = report is not null ? report[(report.IndexOf(": ", StringComparison.Ordinal) + 2)..] : error ?? string.Empty;
        return (code, message.Replace(temp.Path, "<tmp>", StringComparison.Ordinal), temp);
    }
}
