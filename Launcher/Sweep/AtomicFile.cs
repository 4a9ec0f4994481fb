namespace Backtest.Launcher.Sweep;

/// <summary>Writes a sweep folder's small files beside the target and renames them into place, so a crash leaves the
/// old file or the new one, never half of one.</summary>
internal static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> through <c>&lt;path&gt;.tmp</c>.</summary>
    public static void Write(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
