using System.CommandLine;
using Backtest.Engine.Results;
using Backtest.Launcher.Errors;
using Backtest.Launcher.Sweep;
using Backtest.Report;

namespace Backtest.Launcher.Cli;

/// <summary><c>backtest report &lt;result folder&gt; [more folders] [--out file]</c>: a tear sheet, a comparison of runs, or a sweep folder's report.html rebuilt from the folder alone.</summary>
internal sealed class ReportCommandFactory(LauncherServices services)
{
    public Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Result folders written by 'backtest run', or one sweep folder written by 'backtest sweep'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "The HTML file to write (default: tearsheet.html in the result folder, or comparison.html here)." };
        var command = new Command("report", "Write a self-contained HTML tear sheet for a run, compare several runs, or rebuild a sweep folder's report.html.") { folders, output };
        command.SetAction(result =>
        {
            var paths = result.GetRequiredValue(folders).Select(f => Path.GetFullPath(f, services.CurrentDirectory)).ToArray();
            var outText = result.GetValue(output);
            string html;
            if (paths.Length == 1 && SweepFolderReport.IsSweepFolder(paths[0]))
            {
                var report = SweepFolderReport.Write(paths[0], outText is null ? null : Path.GetFullPath(outText, services.CurrentDirectory), TimeProvider.System);
                services.Out.WriteLine("Report: " + report);
                return ExitCodes.Success;
            }

            foreach (var path in paths)
            {
                RequireRunFolder(path);
            }

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

    /// <summary>Fails with a usage error for a folder that is not a run result (result.json): a sweep among several folders, or neither.</summary>
    private static void RequireRunFolder(string folder)
    {
        if (SweepFolderReport.IsSweepFolder(folder))
        {
            throw ConfigException.At(null, "report", folder, $"{folder} is a sweep folder, which cannot be compared with runs",
                "Report it on its own: 'backtest report <sweep folder>'");
        }

        if (!File.Exists(Path.Combine(folder, ResultFiles.ResultJson)))
        {
            throw ConfigException.At(null, "report", folder,
                $"{folder} is neither a run result folder (no {ResultFiles.ResultJson}) nor a sweep folder (no {SweepFolder.StoreFileName})",
                "Pass a folder written by 'backtest run' or 'backtest sweep'");
        }
    }

    /// <summary>The tear sheet's name inside a result folder.</summary>
    public const string TearSheetFileName = "tearsheet.html";
}
