namespace Backtest.Launcher.Config;

/// <summary>Finds the valid key nearest to a misspelt one, by Levenshtein edit distance.</summary>
internal static class KeySuggester
{
    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="key"/> (case-insensitive; ties go to
    /// the earlier candidate), or null when there are no candidates or even the nearest one shares too little
    /// with the key to be a plausible typo (distance above half the longer length).
    /// </summary>
    public static string? Nearest(string key, IReadOnlyList<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(key.Length, best.Length) / 2 ? best : null;
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions each cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
