using Backtest.Data.Model;
using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Serilog.Events;

namespace Backtest.Launcher.Tests.Config;

public sealed class ConfigReaderTests
{
    private const string Base = "/cfg";

    [Fact]
    public void Read_FullConfig_BindsEveryKey()
    {
        var json = """
            {
              // LEAN configs carry comments; they must load.
              "algorithm-type-name": "CompositeRotation",
              "algorithm-language": "CSharp",
              "data-folder": "data/lean",
              "data-source": "csv",
              "parameters": { "lookback": 63, "threshold": "0.10", "weight": 0.10 },
              "results-destination-folder": "/abs/results",
              "close-automatically": false,
              "debugging": true,
              "log-level": "debug",
              "start-date": "2015-01-02",
              "end-date": "2020-12-31",
              "cash": 250000,
              "benchmark": "QQQ",
              "resolution": "Daily",
              "rates": { "DFF": "rates/DFF.csv" },
              "sample-data": true,
            }
            """;

        var options = ConfigReader.Read(json, "config.json", Base);

        Assert.Equal("CompositeRotation", options.AlgorithmTypeName);
        Assert.Equal(Path.GetFullPath("/cfg/data/lean"), options.DataFolder);
        Assert.Equal(DataSourceKind.Csv, options.DataSource);
        // Numbers keep their JSON text, so 0.10 is not rewritten as 0.1.
        Assert.Equal(["lookback", "threshold", "weight"], options.Parameters.Keys);
        Assert.Equal(["63", "0.10", "0.10"], options.Parameters.Values);
        Assert.Equal("/abs/results", options.ResultsDestinationFolder);
        Assert.False(options.CloseAutomatically);
        Assert.Equal(LogEventLevel.Debug, options.LogLevel);
        Assert.Equal(new DateOnly(2015, 1, 2), options.StartDate);
        Assert.Equal(new DateOnly(2020, 12, 31), options.EndDate);
        Assert.Equal(250000, options.Cash);
        Assert.Equal("QQQ", options.Benchmark);
        Assert.Equal(Resolution.Daily, options.Resolution);
        Assert.Equal(Path.GetFullPath("/cfg/rates/DFF.csv"), options.Rates["DFF"]);
        Assert.True(options.SampleData);
        Assert.Null(options.Optimization);
    }

    [Fact]
    public void Read_EmptyObject_GivesDefaults()
    {
        var options = ConfigReader.Read("{}", "config.json", Base);

        Assert.Equal(string.Empty, options.AlgorithmTypeName);
        Assert.Equal(Path.GetFullPath("/cfg/Data/sample"), options.DataFolder);
        Assert.Equal(Path.GetFullPath("/cfg/results"), options.ResultsDestinationFolder);
        Assert.Equal(LogEventLevel.Information, options.LogLevel);
        Assert.Null(options.StartDate);
        Assert.Null(options.Cash);
        Assert.Empty(options.Parameters);
    }

    [Fact]
    public void Read_RepositoryConfig_Loads()
    {
        var path = Backtest.Testing.RepoPaths.PathOf("config.json");

        var options = ConfigReader.Read(File.ReadAllText(path), path, Path.GetDirectoryName(path)!);

        Assert.Contains(options.AlgorithmTypeName, Backtest.Launcher.Commands.AlgorithmCatalog.Names);
        Assert.Equal(Backtest.Testing.RepoPaths.PathOf("Data", "sample"), options.DataFolder);
        Assert.Equal(Backtest.Testing.RepoPaths.PathOf("results"), options.ResultsDestinationFolder);
    }

    [Theory]
    [InlineData("""{ "algoritm-type-name": "X" }""", "$.algoritm-type-name", "did you mean 'algorithm-type-name'?")]
    [InlineData("""{ "datafolder": "x" }""", "$.datafolder", "did you mean 'data-folder'?")]
    [InlineData("""{ "Cash": 1 }""", "$.Cash", "did you mean 'cash'?")]
    [InlineData("""{ "optimization": { "optimisation-strategy": "x" } }""", "$.optimization.optimisation-strategy", "did you mean 'optimization-strategy'?")]
    [InlineData("""{ "optimization": { "constraints": [ { "target": "x", "operater": "Less", "target-value": 1 } ] } }""",
        "$.optimization.constraints[0].operater", "did you mean 'operator'?")]
    public void Read_UnknownKey_NamesPathAndNearestKey(string json, string path, string suggestion)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read(json, "config.json", Base));

        Assert.Equal(path, error.JsonPath);
        Assert.StartsWith($"config.json: {path}: unknown key; {suggestion}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnrelatedUnknownKey_ListsValidKeysWithoutGuessing()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read("""{ "environment": "backtesting" }""", "config.json", Base));

        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("Valid keys here: algorithm-language, algorithm-type-name,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "cash": "100000" }""", "$.cash", "expected a number, found a string \"100000\"")]
    [InlineData("""{ "close-automatically": "yes" }""", "$.close-automatically", "expected a boolean (true or false), found a string \"yes\"")]
    [InlineData("""{ "parameters": { "lookback": [1, 2] } }""", "$.parameters.lookback", "expected a string or a number, found an array [1, 2]")]
    [InlineData("""{ "parameters": [] }""", "$.parameters", "expected an object, found an array []")]
    [InlineData("""{ "algorithm-type-name": 5 }""", "$.algorithm-type-name", "expected a string, found a number 5")]
    [InlineData("""{ "optimization": { "maximum-concurrent-backtests": 2.5 } }""", "$.optimization.maximum-concurrent-backtests", "expected a whole number")]
    public void Read_WrongType_NamesPathExpectedTypeAndRawValue(string json, string path, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read(json, "config.json", Base));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains($"{path}: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "start-date": "2020-13-01" }""", "$.start-date", "expected a date as yyyy-MM-dd (found '2020-13-01')")]
    [InlineData("""{ "start-date": "01/02/2020" }""", "$.start-date", "expected a date as yyyy-MM-dd (found '01/02/2020')")]
    [InlineData("""{ "algorithm-language": "Python" }""", "$.algorithm-language", "only \"CSharp\" algorithms can run in this engine")]
    [InlineData("""{ "data-source": "parquet" }""", "$.data-source", "not a valid choice (found 'parquet'). Use one of \"lean\", \"csv\"")]
    [InlineData("""{ "log-level": "loud" }""", "$.log-level", "not a valid choice (found 'loud')")]
    [InlineData("""{ "cash": 1, "cash": 2 }""", "$.cash", "the key appears twice")]
    [InlineData("""{ "data-folder": " " }""", "$.data-folder", "the value is empty")]
    public void Read_InvalidValue_NamesPathAndProblem(string json, string path, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read(json, "config.json", Base));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains($"{path}: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_NamesLine()
    {
        var json = "{\n  \"cash\": 1\n  \"benchmark\": \"SPY\"\n}";

        var error = Assert.Throws<ConfigException>(() => ConfigReader.Read(json, "config.json", Base));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("config.json:3, column", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
