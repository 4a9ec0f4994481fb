namespace Backtest.Launcher.Sweep;

/// <summary>Writes a sweep folder's files beside the target and renames them into place, so a crash leaves the old
/// file or the new one, never half of one; a failed write (full disk) removes its temporary file and leaves the old.</summary>
internal static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> through <c>&lt;path&gt;.tmp</c>.</summary>
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> puts into a fresh
    /// <c>&lt;path&gt;.tmp</c> stream.</summary>
    /// <exception cref="IOException">The write or the rename failed; the temporary file is gone, the target unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        try
        {
            using (var stream = File.Create(temp))
            {
                write(stream);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failed write is what the user must see; the next write replaces the file anyway.
        }
    }
}
