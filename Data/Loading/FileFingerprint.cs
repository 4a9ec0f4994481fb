using System.Security.Cryptography;

namespace Backtest.Data.Loading;

/// <summary>The data fingerprint: hex SHA-256 over the bytes of every file used, taken in ordinal path order.</summary>
public static class FileFingerprint
{
    public static string Of(IEnumerable<string> paths)
    {
        var ordered = paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in ordered)
        {
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
