using Backtest.Launcher.Config;
using Backtest.Launcher.Errors;
using Backtest.Testing;
using Serilog.Events;

namespace Backtest.Launcher.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public ConfigLoaderTests() => Directory.CreateDirectory(temp.File("data"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Load_NoConfigFile_UsesDefaultsWithOverrides()
    {
        var options = ConfigLoader.Load(new ConfigOverrides { Algorithm = "A", DataFolder = "data" }, temp.Path);

        Assert.Equal("A", options.AlgorithmTypeName);
        Assert.Equal(temp.File("data"), options.DataFolder);
        Assert.Equal(temp.File("results"), options.ResultsDestinationFolder);
    }

    [Fact]
    public void Load_Overrides_ReplaceConfigValues()
    {
        temp.Write("cfg/config.json", """
            { "algorithm-type-name": "A", "data-folder": "../data", "parameters": { "lookback": 63, "keep": "x" },
              "start-date": "2010-01-04", "end-date": "2012-01-03", "cash": 1000, "log-level": "Warning" }
            """);
        var overrides = new ConfigOverrides
        {
            ConfigPath = "cfg/config.json",
            Algorithm = "B",
            Parameters = ["lookback=126", "extra = 2", "lookback=200"],
            Start = "2011-01-03",
            End = "2011-06-30",
            Cash = 5000,
            Output = "out",
            LogLevel = "debug",
        };

        var options = ConfigLoader.Load(overrides, temp.Path);

        Assert.Equal("B", options.AlgorithmTypeName);
        // data-folder from the file is relative to the file's folder, --output to the current directory.
        Assert.Equal(temp.File("data"), options.DataFolder);
        Assert.Equal(temp.File("out"), options.ResultsDestinationFolder);
        Assert.Equal("200", options.Parameters["lookback"]);
        Assert.Equal("2", options.Parameters["extra"]);
        Assert.Equal("x", options.Parameters["keep"]);
        Assert.Equal(new DateOnly(2011, 1, 3), options.StartDate);
        Assert.Equal(new DateOnly(2011, 6, 30), options.EndDate);
        Assert.Equal(5000, options.Cash);
        Assert.Equal(LogEventLevel.Debug, options.LogLevel);
    }

    [Fact]
    public void Load_EndBeforeStartInConfig_NamesBothKeys()
    {
        var file = temp.Write("config.json", """{ "algorithm-type-name": "A", "data-folder": "data", "start-date": "2020-06-01", "end-date": "2020-01-31" }""");

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(new ConfigOverrides(), temp.Path));

        Assert.Equal("$.end-date", error.JsonPath);
        Assert.Equal($"{file}: $.end-date: the end date 2020-01-31 is before the start date 2020-06-01 ($.start-date). Set the end date on or after the start date.", error.Message);
    }

    [Fact]
    public void Load_EndBeforeStartOnCommandLine_NamesOptions()
    {
        var error = Assert.Throws<ConfigException>(() =>
            ConfigLoader.Load(new ConfigOverrides { Algorithm = "A", DataFolder = "data", Start = "2020-06-01", End = "2020-01-31" }, temp.Path));

        Assert.Equal("--end", error.JsonPath);
        Assert.Contains("(--start)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    public void Load_NonPositiveCash_Fails(double cash)
    {
        temp.Write("config.json", $$"""{ "algorithm-type-name": "A", "data-folder": "data", "cash": {{cash.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""");

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(new ConfigOverrides(), temp.Path));

        Assert.Equal("$.cash", error.JsonPath);
        Assert.Contains("the starting cash must be greater than zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingDataFolder_SaysHowToCreateOne()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(new ConfigOverrides { Algorithm = "A", DataFolder = "nope" }, temp.Path));

        Assert.Equal("--data-folder", error.JsonPath);
        Assert.Contains($"the data folder {temp.File("nope")} does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("backtest data generate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingDataFolderWithSampleData_Passes()
    {
        temp.Write("config.json", """{ "algorithm-type-name": "A", "data-folder": "nope", "sample-data": true }""");

        var options = ConfigLoader.Load(new ConfigOverrides(), temp.Path);

        Assert.True(options.SampleData);
    }

    [Fact]
    public void Load_NoAlgorithm_SaysWhereToSetIt()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(new ConfigOverrides { DataFolder = "data" }, temp.Path));

        Assert.Equal("$.algorithm-type-name", error.JsonPath);
        Assert.Contains("--algorithm", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lookback", "--parameter", "expected name=value, found 'lookback'")]
    [InlineData("=3", "--parameter", "expected name=value")]
    public void Load_BadParameterOverride_Fails(string assignment, string path, string expected)
    {
        var error = Assert.Throws<ConfigException>(() =>
            ConfigLoader.Load(new ConfigOverrides { Algorithm = "A", DataFolder = "data", Parameters = [assignment] }, temp.Path));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDateOverride_NamesOption()
    {
        var error = Assert.Throws<ConfigException>(() =>
            ConfigLoader.Load(new ConfigOverrides { Algorithm = "A", DataFolder = "data", Start = "2020-02-30" }, temp.Path));

        Assert.Equal("--start: expected a date as yyyy-MM-dd, found '2020-02-30'. Write it like --start 2020-01-31.", error.Message);
    }

    [Fact]
    public void Load_ExplicitConfigMissing_Fails()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(new ConfigOverrides { ConfigPath = "missing.json" }, temp.Path));

        Assert.Equal("--config", error.JsonPath);
    }

    [Theory]
    [InlineData("warning", LogEventLevel.Warning)]
    [InlineData("Verbose", LogEventLevel.Verbose)]
    public void Level_KnownName_Parses(string text, LogEventLevel expected) => Assert.Equal(expected, ConfigLoader.Level(text));

    [Theory]
    [InlineData("3")]
    [InlineData("loud")]
    public void Level_UnknownName_Fails(string text) => Assert.Throws<ConfigException>(() => ConfigLoader.Level(text));
}
