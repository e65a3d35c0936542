namespace EcoBrief.Build;

/// <summary>
/// Replaces several files of one folder as a set: every new file is first written in full to a
/// temporary sibling; only then are they renamed into place, one by one, each previous file kept
/// aside; when a rename fails (the path is now a folder, say), the ones already renamed are put
/// back. So the folder holds the old set or the new set, never a mix of the two.
/// </summary>
/// <remarks>
/// Each step is a <c>rename(2)</c> in one folder, atomic on POSIX. What a <c>kill -9</c> between two
/// renames can leave is our own temporaries, which the next build removes (<see cref="AtomicFile.Leftovers"/>).
/// </remarks>
public static class AtomicFileSet
{
    /// <summary>Writes <paramref name="files"/> (names inside <paramref name="dir"/>) as one set.</summary>
    /// <param name="dir">The folder, created when missing.</param>
    /// <param name="files">The files' names in it and their bytes.</param>
    /// <param name="beforeRename">Called with each target before it is renamed into place (tests inject failures here).</param>
    public static void Write(string dir, IReadOnlyList<(string FileName, byte[] Bytes)> files, Action<string>? beforeRename = null)
    {
        if (files.Count == 0)
        {
            return;
        }

        AtomicFile.CreateFolderOf(Path.Combine(dir, files[0].FileName));
        var staged = new List<(string Temp, string Target, string Kept)>();
        var done = new List<(string Target, string Kept, bool HadOld)>();
        try
        {
            foreach (var (name, bytes) in files)
            {
                var target = Path.Combine(dir, name);
                var temp = AtomicFile.TemporaryFor(dir, name);
                staged.Add((temp, target, AtomicFile.TemporaryFor(dir, name, "old")));
                AtomicFile.WriteTemporary(temp, s => s.Write(bytes));
            }

            foreach (var (temp, target, kept) in staged)
            {
                beforeRename?.Invoke(target);
                var hadOld = File.Exists(target);
                if (hadOld)
                {
                    // link(2) the previous file to KEPT, then rename(2) the new one over it: the path is never missing.
                    File.Replace(temp, target, kept, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(temp, target, overwrite: true);
                }

                done.Add((target, kept, hadOld));
            }
        }
        catch
        {
            RollBack(done);
            throw;
        }
        finally
        {
            foreach (var (temp, _, kept) in staged)
            {
                AtomicFile.DeleteIfFile(temp);
                AtomicFile.DeleteIfFile(kept);
            }
        }
    }

    private static void RollBack(List<(string Target, string Kept, bool HadOld)> done)
    {
        for (var i = done.Count - 1; i >= 0; i--)
        {
            var (target, kept, hadOld) = done[i];
            try
            {
                if (hadOld)
                {
                    File.Move(kept, target, overwrite: true);
                }
                else
                {
                    File.Delete(target);
                }
            }
            catch (IOException)
            {
                // Best effort: the failure that started the roll-back is the one reported.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
