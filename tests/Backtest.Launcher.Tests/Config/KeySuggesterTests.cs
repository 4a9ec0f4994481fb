using Backtest.Launcher.Config;

namespace Backtest.Launcher.Tests.Config;

public sealed class KeySuggesterTests
{
    [Theory]
    // Hand-computed Levenshtein distances.
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("cash", "cash", 0)]
    [InlineData("algoritm-type-name", "algorithm-type-name", 1)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_KnownPairs_MatchHandComputedValues(string a, string b, int expected) =>
        Assert.Equal(expected, KeySuggester.Distance(a, b));

    [Fact]
    public void Distance_IsSymmetricAndBoundedByLongerLength()
    {
        FsCheck.Check.QuickThrowOnFailure(FsCheck.Fluent.Prop.ForAll<string, string>((a, b) =>
        {
            a ??= string.Empty;
            b ??= string.Empty;
            var d = KeySuggester.Distance(a, b);
            return d == KeySuggester.Distance(b, a) && d <= Math.Max(a.Length, b.Length) && d >= Math.Abs(a.Length - b.Length);
        }));
    }

    [Fact]
    public void Nearest_Typo_ReturnsClosestCandidate() =>
        Assert.Equal("end-date", KeySuggester.Nearest("enddate", ["start-date", "end-date", "cash"]));

    [Fact]
    public void Nearest_NothingClose_ReturnsNull() =>
        Assert.Null(KeySuggester.Nearest("environment", ["cash", "rates"]));
}
