using Backtest.Data.Lean;

namespace Backtest.Data.Tests.Lean;

public sealed class SecurityIdentifierTests
{
    // The five strings SEMANTICS.md E lists as verified against LEAN.
    [Theory]
    [InlineData("SPY", 1998, 1, 2, "SPY R735QTJ8XC9X")]
    [InlineData("AAA", 2002, 5, 22, "AAA SEVKGI6HF885")]
    [InlineData("BNO", 2010, 6, 2, "BNO UN3IMQ2JU1YD")]
    [InlineData("iwm", 2000, 5, 26, "IWM RV0PWMLXVHPH")]
    [InlineData("QQQ", 1999, 3, 10, "QQQ RIWIV7K5Z9LX")]
    public void Generate_VerifiedExamples_MatchLean(string ticker, int y, int m, int d, string expected) =>
        Assert.Equal(expected, SecurityIdentifier.Generate(ticker, new DateOnly(y, m, d)));
}
