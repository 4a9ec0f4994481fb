using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Orders;

namespace Backtest.Engine.Tests.Support;

/// <summary>An algorithm whose Initialize and OnData are supplied by the test.</summary>
internal sealed class ScriptedAlgorithm : QCAlgorithm
{
    private readonly Action<ScriptedAlgorithm> _initialize;
    private readonly Action<ScriptedAlgorithm, Slice>? _onData;

    public ScriptedAlgorithm(Action<ScriptedAlgorithm> initialize, Action<ScriptedAlgorithm, Slice>? onData = null)
    {
        _initialize = initialize;
        _onData = onData;
    }

    public List<OrderEvent> Events { get; } = [];

    public List<Dividend> SeenDividends { get; } = [];

    public List<Split> SeenSplits { get; } = [];

    public Symbol Sym(string ticker) => Symbol.Create(ticker);

    public override void Initialize() => _initialize(this);

    public override void OnData(Slice slice) => _onData?.Invoke(this, slice);

    public override void OnOrderEvent(OrderEvent orderEvent) => Events.Add(orderEvent);

    public override void OnDividends(IReadOnlyDictionary<Symbol, Dividend> dividends) => SeenDividends.AddRange(dividends.Values);

    public override void OnSplits(IReadOnlyDictionary<Symbol, Split> splits) => SeenSplits.AddRange(splits.Values);
}
