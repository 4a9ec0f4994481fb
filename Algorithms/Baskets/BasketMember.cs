using Backtest.Data.Model;

namespace Backtest.Algorithms.Baskets;

/// <summary>One member of a <see cref="Basket"/> with its target weight (relative; renormalised over active members).</summary>
public readonly record struct BasketMember(Symbol Symbol, double Weight);
