using Backtest.Engine.Algorithm;
using Backtest.Engine.Collections;

namespace Backtest.Engine.Tests.Collections;

public sealed class PlotListTests
{
    [Fact]
    public void Add_SeriesInChangingOrderAndEqualTextFromOtherInstances_EachPointKeepsItsOwnSeries()
    {
        // The list guesses the next series by reference; the order below breaks the guess in every way (repeats,
        // skips, a new series mid-stream, and names equal in text but built at run time, so not the same instance).
        var plan = new (string Chart, string Series)[]
        {
            ("Allocation", "SmallCaps"), ("Allocation", "LargeTech"), ("Regime", "Regime"),
            ("Allocation", "SmallCaps"), ("Allocation", "LargeTech"), ("Regime", "Regime"),
            ("Regime", "Regime"), ("Allocation", "LargeTech"), ("Allocation", "SmallCaps"),
            (new string("Allocation".ToCharArray()), new string("LargeTech".ToCharArray())),
            ("Allocation", "Cash"), ("Allocation", "SmallCaps"), ("Allocation", "Cash"),
            ("LargeTech", "Allocation"), ("Allocation", "LargeTech"),
        };
        var list = new PlotList();
        var start = new DateTime(2024, 1, 2);
        for (var i = 0; i < plan.Length; i++)
        {
            list.Add(plan[i].Chart, plan[i].Series, start.AddDays(i), i);
        }

        var expected = plan.Select((p, i) => new PlotPoint(p.Chart, p.Series, start.AddDays(i), i)).ToList();
        Assert.Equal(expected, list.ToList());
    }
}
