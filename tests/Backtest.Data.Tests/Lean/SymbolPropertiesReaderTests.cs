using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

public sealed class SymbolPropertiesReaderTests
{
    [Fact]
    public void ReadUsaEquity_AmongOtherLines_FindsDefaultRow()
    {
        using var temp = new TempFolder();
        var path = temp.Write("spdb.csv",
            "market,symbol,type,description,quote_currency,contract_multiplier,minimum_price_variation,lot_size\n\n# comment\nusa,[*],option,,USD,100,0.01,1\nusa,\"A, B\",equity,\"x, y\",USD,1,0.01,1\nusa,[*],equity,,USD,1,0.01,1\n");

        var props = SymbolPropertiesReader.ReadUsaEquity(path);

        Assert.Equal(new SymbolProperties("USD", 1, 0.01, 1), props);
    }

    [Fact]
    public void ReadUsaEquity_NoRow_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("spdb.csv", "usa,[*],option,,USD,100,0.01,1\n");

        Assert.Throws<DataException>(() => SymbolPropertiesReader.ReadUsaEquity(path));
    }
}
