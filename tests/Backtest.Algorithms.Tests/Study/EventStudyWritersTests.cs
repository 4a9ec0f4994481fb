using System.Text;
using System.Text.Json;
using Backtest.Algorithms.Study;

namespace Backtest.Algorithms.Tests.Study;

public sealed class EventStudyWritersTests
{
    private static readonly EventStudyResult Result = new(
        "IWM", "SPY", "IWM beats SPY 5 days in a row", new DateOnly(2025, 1, 2), new DateOnly(2026, 1, 30), 2,
        [new HorizonResult(
            5,
            new ForwardReturnStats(2, 0.0125, 0.0125, -0.001, -0.001, 0.0135, 0.0135, 1, 0, 1),
            new ForwardReturnStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN))],
        [new StreakRun(StreakSide.SmallBeatsLarge, new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 22), 10, 23)]);

    [Fact]
    public void WriteHorizons_Result_FixedColumnsInvariantNumbersEmptyNaN()
    {
        using var writer = new StringWriter();
        EventStudyCsvWriter.WriteHorizons(Result, writer);

        Assert.Equal(
            EventStudyCsvWriter.HorizonHeader + "\n" +
            "5,events,2,0.0125,0.0125,-0.001,-0.001,0.0135,0.0135,1,0,1\n" +
            "5,all,0,,,,,,,,,\n",
            writer.ToString());
    }

    [Fact]
    public void WriteRuns_Result_OneRowPerRun()
    {
        using var writer = new StringWriter();
        EventStudyCsvWriter.WriteRuns(Result, writer);
        Assert.Equal("side,start,end,length\nsmall_beats_large,2026-01-02,2026-01-22,14\n", writer.ToString());
    }

    [Fact]
    public void JsonWrite_Result_FixedOrderNullForNaNAndDeterministic()
    {
        var first = Json(Result);
        var second = Json(Result with { });

        Assert.Equal(first, second);
        using var doc = JsonDocument.Parse(first);
        var root = doc.RootElement;
        Assert.Equal(["small", "large", "event", "first", "last", "eventDays", "horizons", "runs"], root.EnumerateObject().Select(p => p.Name));
        var horizon = root.GetProperty("horizons")[0];
        Assert.Equal(0.0135, horizon.GetProperty("events").GetProperty("meanDiff").GetDouble());
        Assert.Equal(JsonValueKind.Null, horizon.GetProperty("all").GetProperty("meanSmall").ValueKind);
        Assert.Equal(14, root.GetProperty("runs")[0].GetProperty("length").GetInt32());
        Assert.Equal("2026-01-22", root.GetProperty("runs")[0].GetProperty("end").GetString());
    }

    private static string Json(EventStudyResult result)
    {
        using var stream = new MemoryStream();
        EventStudyJsonWriter.Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
