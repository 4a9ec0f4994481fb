using System.CommandLine;
using Backtest.Report;

namespace Backtest.Launcher.Cli;

/// <summary><c>backtest report &lt;result folder&gt; [more folders] [--out file]</c>: a tear sheet, or a comparison of runs.</summary>
internal sealed class ReportCommandFactory(LauncherServices services)
{
    public Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Result folders written by 'backtest run'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "The HTML file to write (default: tearsheet.html in the result folder, or comparison.html here)." };
        var command = new Command("report", "Write a self-contained HTML tear sheet for a run, or compare several runs.") { folders, output };
        command.SetAction(result =>
        {
            var paths = result.GetRequiredValue(folders).Select(f => Path.GetFullPath(f, services.CurrentDirectory)).ToArray();
            var outText = result.GetValue(output);
            string html;
            if (paths.Length == 1)
            {
                html = outText is null ? Path.Combine(paths[0], TearSheetFileName) : Path.GetFullPath(outText, services.CurrentDirectory);
                TearSheet.Write(paths[0], html);
            }
            else
            {
                html = Path.GetFullPath(outText ?? "comparison.html", services.CurrentDirectory);
                TearSheet.WriteComparison(paths, html);
            }

            services.Out.WriteLine("Tear sheet: " + html);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The tear sheet's name inside a result folder.</summary>
    public const string TearSheetFileName = "tearsheet.html";
}
