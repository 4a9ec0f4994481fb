using Backtest.Engine.Collections;

namespace Backtest.Engine.Tests.Collections;

public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(5_000)]
    public void Add_AcrossChunkBoundaries_KeepsOrderCountAndIndexLikeAList(int count)
    {
        var chunked = new ChunkedList<(int, double)>();
        var reference = new List<(int, double)>();
        var random = new Random(count);
        for (var i = 0; i < count; i++)
        {
            var item = (i, random.NextDouble());
            chunked.Add(item);
            reference.Add(item);
        }

        Assert.Equal(reference.Count, chunked.Count);
        Assert.Equal(reference, chunked);
        Assert.Equal(reference, ((IEnumerable<(int, double)>)chunked).ToList());
        for (var i = 0; i < count; i += 97)
        {
            Assert.Equal(reference[i], chunked[i]);
        }
    }

    [Fact]
    public void Indexer_OutsideTheItems_Throws()
    {
        var list = new ChunkedList<int>();
        list.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }
}
