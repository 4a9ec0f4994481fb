using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

public sealed class ResultBufferPoolTests
{
    [Fact]
    public void Run_WithReturnedBuffersOfALongerRun_GivesTheSameSeriesAsWithoutAPool()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var pool = new ResultBufferPool();
        var pooled = new BacktestOptions { ResultBuffers = pool };

        // A full-month run leaves longer series in the pool; the shorter run after it must not see any of them.
        var longer = new BacktestEngine(frame, calendar, pooled).Run(BacktestEngineTests.RotatingAlgorithm());
        var longerCount = longer.Equity.Count;
        Assert.True(longerCount > 20);
        pool.Return(longer);
        Assert.Equal(1, pool.Available);

        var shortOptions = new BacktestOptions { EndDateOverride = new DateOnly(2024, 1, 19) };
        var expected = new BacktestEngine(frame, calendar, shortOptions).Run(BacktestEngineTests.RotatingAlgorithm());
        var actual = new BacktestEngine(frame, calendar, shortOptions with { ResultBuffers = pool }).Run(BacktestEngineTests.RotatingAlgorithm());

        Assert.Equal(0, pool.Available);
        Assert.Equal(expected.Equity, actual.Equity);
        Assert.Equal(expected.Benchmark, actual.Benchmark);
        Assert.Equal(expected.Performance, actual.Performance);
        Assert.Equal(expected.PortfolioTurnover, actual.PortfolioTurnover);
        Assert.Equal(expected.OrderHash, actual.OrderHash);
        Assert.True(actual.Equity.Count < longerCount);
        // The returned result's series are the reused ones now: that is why Return must come last.
        Assert.Same(longer.Equity, actual.Equity);
    }

    [Fact]
    public void Return_ForeignOrRepeatedResult_IsIgnored()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var pool = new ResultBufferPool();
        var unpooled = new BacktestEngine(frame, calendar).Run(BacktestEngineTests.RotatingAlgorithm());
        var pooled = new BacktestEngine(frame, calendar, new BacktestOptions { ResultBuffers = pool }).Run(BacktestEngineTests.RotatingAlgorithm());

        pool.Return(unpooled);
        Assert.Equal(0, pool.Available);
        Assert.NotEmpty(unpooled.Equity);

        pool.Return(pooled);
        pool.Return(pooled);
        Assert.Equal(1, pool.Available);
    }

    [Fact]
    public void Run_AlgorithmThrows_ItsSeriesGoBackToThePool()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var pool = new ResultBufferPool();
        var failing = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2024, 1, 1);
                a.SetEndDate(2024, 1, 31);
                a.AddEquity("AAA");
            },
            (_, slice) =>
            {
                if (slice.Time.Day > 20)
                {
                    throw new InvalidOperationException("strategy bug");
                }
            });

        Assert.Throws<InvalidOperationException>(() => new BacktestEngine(frame, calendar, new BacktestOptions { ResultBuffers = pool }).Run(failing));

        Assert.Equal(1, pool.Available);
        var next = new BacktestEngine(frame, calendar, new BacktestOptions { ResultBuffers = pool }).Run(BacktestEngineTests.RotatingAlgorithm());
        var unpooled = new BacktestEngine(frame, calendar).Run(BacktestEngineTests.RotatingAlgorithm());
        Assert.Equal(unpooled.Equity, next.Equity);
        Assert.Equal(0, pool.Available);
    }

    [Fact]
    public void Run_ParallelTrialsSharingOnePool_EachMatchesItsUnpooledRun()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var pool = new ResultBufferPool();
        var ends = Enumerable.Range(0, 40).Select(i => new DateOnly(2024, 1, 16 + (i % 15))).ToArray();
        var expected = ends.Select(end => new BacktestEngine(frame, calendar, new BacktestOptions { EndDateOverride = end })
            .Run(BacktestEngineTests.RotatingAlgorithm()).Equity.ToArray()).ToArray();

        var actual = new TimeSample[ends.Length][];
        Parallel.For(0, ends.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var result = new BacktestEngine(frame, calendar, new BacktestOptions { EndDateOverride = ends[i], ResultBuffers = pool })
                .Run(BacktestEngineTests.RotatingAlgorithm());
            actual[i] = [.. result.Equity];
            pool.Return(result);
        });

        for (var i = 0; i < ends.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.InRange(pool.Available, 1, 4);
    }
}
