using Backtest.Data.Model;
using Backtest.Engine.Securities;

namespace Backtest.Engine.Tests.Support;

/// <summary>Stand-alone securities and portfolios priced from one flat daily bar, for model tests.</summary>
internal static class SecurityFactory
{
    public static (SecurityManager Securities, SecurityPortfolioManager Portfolio) Portfolio(double cash, params (string Ticker, double Price, double Leverage)[] specs)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        var exchange = new SecurityExchange(calendar, new EngineClock { Now = new DateTime(2024, 1, 2, 16, 0, 0) });
        var securities = new SecurityManager();
        foreach (var (ticker, price, leverage) in specs)
        {
            var columns = FrameBuilder.Flat(ticker, index, price);
            var security = new Security(columns.Symbol, columns, Resolution.Daily, DataNormalizationMode.Raw, true, exchange);
            security.SetLeverage(leverage);
            security.Update(0);
            securities.Add(security);
        }

        var portfolio = new SecurityPortfolioManager(securities);
        portfolio.SetCash(cash);
        return (securities, portfolio);
    }

    /// <summary>Adds a security priced at <paramref name="price"/> to an existing manager (e.g. after trading began).</summary>
    public static Security AddTo(SecurityManager securities, string ticker, double price)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2));
        var exchange = new SecurityExchange(calendar, new EngineClock { Now = new DateTime(2024, 1, 2, 16, 0, 0) });
        var columns = FrameBuilder.Flat(ticker, index, price);
        var security = new Security(columns.Symbol, columns, Resolution.Daily, DataNormalizationMode.Raw, true, exchange);
        security.Update(0);
        securities.Add(security);
        return security;
    }

    public static Security Single(double price, double leverage = 2) => Portfolio(100_000, ("XYZ", price, leverage)).Securities["XYZ"];
}
