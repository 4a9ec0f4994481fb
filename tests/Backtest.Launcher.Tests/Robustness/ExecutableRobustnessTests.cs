using System.Globalization;
using System.Text;
using Backtest.Testing;

namespace Backtest.Launcher.Tests.Robustness;

/// <summary>
/// The built <c>backtest</c> executable as a separate process: the catalogue's exit codes are the process's exit
/// codes, the message goes to standard error, and validating a large CSV works under a managed-heap cap far below
/// the file's size (so the CLI path streams).
/// </summary>
public sealed class ExecutableRobustnessTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("zip-truncated")]
    [InlineData("csv-bad-number")]
    [InlineData("csv-bom-crlf")]
    [InlineData("import-one-bad-file")]
    [InlineData("import-bad-ticker")]
    [InlineData("config-wrong-type")]
    [InlineData("config-end-before-start")]
    [InlineData("config-unknown-algorithm")]
    public void Main_CatalogueCase_ProcessExitCodeAsDocumented(string id)
    {
        var input = HostileInputs.All.Single(c => c.Id == id);
        var args = input.Arrange(temp);

        var (code, output, error) = Run(null, args);

        Assert.Equal(input.ExpectedExitCode, code);
        var text = output + error;
        foreach (var fragment in input.Fragments)
        {
            Assert.Contains(fragment, text, StringComparison.Ordinal);
        }

        if (code != 0)
        {
            Assert.StartsWith("backtest: ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Main_ValidateFiftyFiveMegabyteCsvUnderThirtyTwoMegabyteHeapCap_Succeeds()
    {
        var path = temp.File("BIG.csv");
        const int rows = 1_000_000;
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("Date,Open,High,Low,Close,Volume\n");
            var day = new DateOnly(1900, 1, 1);
            for (var i = 0; i < rows; i++)
            {
                var p = 100 + (i % 1000 * 0.01);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{day.AddDays(i):yyyy-MM-dd},{p + 0.5:F4},{p + 2:F4},{p:F4},{p + 1.25:F4},{1_000_000 + i}\n"));
            }
        }

        // Keeping the rows would need over 48 bytes per row (48 MB) on top of the runtime's own heap; 32 MB only fits a stream.
        var (code, output, error) = Run(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x2000000" }, "data", "validate", path);

        Assert.True(new FileInfo(path).Length > 50_000_000);
        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"BarCsv, {rows} rows"), output, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Run(Dictionary<string, string>? environment, params string[] args) =>
        BacktestProcess.Run(temp.Path, environment, args);
}
