using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Results;

/// <summary>
/// Writes a run folder so that readers only ever see a complete one. Contents go into
/// <c>&lt;final&gt;.tmp-&lt;pid&gt;</c>; on success the previous folder (if any) is moved to <c>&lt;final&gt;.old-&lt;pid&gt;</c>,
/// the new one renamed into place, and the old one deleted. If writing throws or the process is killed, the
/// previous result stays where it was and untouched. POSIX cannot rename a directory over a non-empty one, so
/// there is a moment between the two renames with no folder at the final name; a kill exactly then leaves the
/// previous result intact under its <c>.old-</c> name.
/// Leftovers of a killed writer are repaired by the next <see cref="Write"/> to the same final folder, before it
/// writes anything: when the final folder is missing, a leftover <c>.old-</c> folder (the previous complete result)
/// is moved back; then every <c>.tmp-</c> and <c>.old-</c> sibling of a process that is no longer running is deleted.
/// Leftovers of a process that still runs are left alone (it may be writing the same result right now).
/// </summary>
/// <param name="processId">This process's id, which names its temporary and old folders.</param>
/// <param name="isRunning">Whether a process id belongs to a running process; null checks the operating system.</param>
internal sealed class ResultFolderWriter(int processId, Func<int, bool>? isRunning = null)
{
    private readonly Func<int, bool> _isRunning = isRunning ?? ProcessIsRunning;

    /// <summary>
    /// Creates a fresh temporary folder, calls <paramref name="writeContents"/> with its path, then swaps it in
    /// at <paramref name="finalFolder"/>. Exceptions from <paramref name="writeContents"/> propagate unchanged
    /// after the temporary folder is removed.
    /// </summary>
    /// <exception cref="OutputException">A folder could not be created, renamed or removed.</exception>
    public void Write(string finalFolder, Action<string> writeContents)
    {
        var final = Path.GetFullPath(finalFolder).TrimEnd(Path.DirectorySeparatorChar);
        var temp = TempFolderOf(final);
        Io(() =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            RepairLeftovers(final);
            DeleteIfExists(temp);
            Directory.CreateDirectory(temp);
        }, $"cannot create the temporary result folder {temp}");

        try
        {
            writeContents(temp);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        Swap(temp, final);
    }

    /// <summary>The temporary folder this process writes before renaming to <paramref name="finalFolder"/>.</summary>
    public string TempFolderOf(string finalFolder) =>
        Path.GetFullPath(finalFolder).TrimEnd(Path.DirectorySeparatorChar) + ".tmp-" + processId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Swap(string temp, string final)
    {
        if (!Directory.Exists(final))
        {
            Io(() => Directory.Move(temp, final), $"cannot rename {temp} to {final}");
            return;
        }

        var old = final + ".old-" + processId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Io(() =>
        {
            DeleteIfExists(old);
            Directory.Move(final, old);
        }, $"cannot move the previous result {final} aside");
        try
        {
            Directory.Move(temp, final);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, final);
            TryDelete(temp);
            throw new OutputException($"cannot rename {temp} to {final}; the previous result was kept", error);
        }

        // The new result is in place; a leftover old folder is only clutter, not a failure.
        TryDelete(old);
    }

    /// <summary>Undoes what a killed writer left (see the class summary). Leftovers are ordered ordinally, so the
    /// repair is the same on every machine when several killed writers left an old folder.</summary>
    private void RepairLeftovers(string final)
    {
        var parent = Path.GetDirectoryName(final)!;
        var name = Path.GetFileName(final);
        var dead = Directory.EnumerateDirectories(parent, name + ".*")
            .Select(path => (Path: path, Pid: LeftoverPid(name, Path.GetFileName(path))))
            .Where(l => l.Pid is { } pid && pid != processId && !_isRunning(pid))
            .OrderBy(l => l.Path, StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(final) && dead.FirstOrDefault(l => l.Path.Contains(".old-", StringComparison.Ordinal)).Path is { } previous)
        {
            Directory.Move(previous, final);
            dead.RemoveAll(l => l.Path == previous);
        }

        foreach (var leftover in dead)
        {
            DeleteIfExists(leftover.Path);
        }
    }

    /// <summary>The process id in <c>name.tmp-PID</c> or <c>name.old-PID</c>; null for any other sibling.</summary>
    private static int? LeftoverPid(string name, string sibling)
    {
        foreach (var marker in new[] { ".tmp-", ".old-" })
        {
            var prefix = name + marker;
            if (sibling.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(sibling.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
            {
                return pid;
            }
        }

        return null;
    }

    private static bool ProcessIsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Io(Action action, string problem)
    {
        try
        {
            action();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(problem, error);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            DeleteIfExists(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Cleanup is best effort: the original failure is what the user must see.
        }
    }
}
