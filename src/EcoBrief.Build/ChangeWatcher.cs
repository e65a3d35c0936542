using EcoBrief.Publishing;

namespace EcoBrief.Build;

/// <summary>
/// Waits until one of the files a build reads changes: the sources (or any *.txt of the seeds
/// folder), everything under a templates folder, a reference document. Bursts of events (an editor
/// saving through a temporary file) are taken as one change.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly List<string> _trees = [];
    private readonly List<string> _textFolders = [];
    private readonly List<string> _outputRoots = [];
    private readonly WriterRegistry _writers;

    /// <param name="writers">The formats a build writes: their files in a report's folder are never a change.</param>
    public ChangeWatcher(WriterRegistry writers) => _writers = writers;

    /// <summary>
    /// A watcher of everything a build of <paramref name="sources"/> reads: each source and its
    /// corrections file (with none, the .txt files of <c>seeds/</c>), the templates folder, the
    /// reference document and the pairs file (with no sources and none given, <c>seeds/compare.pairs</c>);
    /// what the build writes into <paramref name="outputRoot"/> is ignored.
    /// </summary>
    public static ChangeWatcher ForBuild(string outputRoot, IReadOnlyList<string> sources, string? templates, string? referenceDocx, string? pairsFile, WriterRegistry writers)
    {
        var watcher = new ChangeWatcher(writers);
        watcher.IgnoreOutputsIn(outputRoot);
        if (sources.Count == 0)
        {
            watcher.AddTextFolder("seeds");
        }

        foreach (var source in sources)
        {
            watcher.AddFile(source);
            watcher.AddFile(Extraction.ExtractionCorrections.SidecarOf(source));
        }

        if (templates is not null)
        {
            watcher.AddTree(templates);
        }

        if (referenceDocx is not null)
        {
            watcher.AddFile(referenceDocx);
        }

        if (pairsFile is not null)
        {
            watcher.AddFile(pairsFile);
        }
        else if (sources.Count == 0)
        {
            watcher.AddFile(ComparisonPairs.DefaultFile);
        }

        return watcher;
    }

    /// <summary>
    /// Never react to what a build writes into this output folder (its reports' files, their
    /// temporaries, the folders that hold them): with <c>-o</c> inside <c>--templates</c>, a build
    /// would otherwise start the next one, for ever.
    /// </summary>
    public void IgnoreOutputsIn(string outputRoot) => _outputRoots.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)));

    /// <summary>Watch these files.</summary>
    public void AddFile(string path)
    {
        var full = Path.GetFullPath(path);
        _files.Add(full);
        Watch(Path.GetDirectoryName(full)!, subdirectories: false);
    }

    /// <summary>Watch every .txt file of this folder and its corrections sidecars, present or to come.</summary>
    public void AddTextFolder(string path)
    {
        var full = Path.GetFullPath(path);
        _textFolders.Add(full);
        Watch(full, subdirectories: false);
    }

    /// <summary>Watch everything under this folder.</summary>
    public void AddTree(string path)
    {
        var full = Path.GetFullPath(path);
        _trees.Add(full + Path.DirectorySeparatorChar);
        Watch(full, subdirectories: true);
    }

    /// <summary>Blocks until a watched file changes and no other change follows within <paramref name="settle"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancel"/> is cancelled.</exception>
    public void WaitForChange(TimeSpan settle, CancellationToken cancel)
    {
        _changed.Wait(cancel);
        while (_changed.Wait(settle, cancel))
        {
            // Still changing: wait for quiet.
        }
    }

    public bool IsWatched(string path)
    {
        var full = Path.GetFullPath(path);
        if (IsOurOutput(full))
        {
            return false;
        }

        return _files.Contains(full)
            || _trees.Any(t => full.StartsWith(t, StringComparison.Ordinal))
            || ((full.EndsWith(".txt", StringComparison.Ordinal) || full.EndsWith(".ecobrief.yml", StringComparison.Ordinal)) && _textFolders.Contains(Path.GetDirectoryName(full)!));
    }

    private bool IsOurOutput(string full)
    {
        foreach (var root in _outputRoots)
        {
            var folder = Path.GetDirectoryName(full);
            if (full == root || folder == root)
            {
                // The output folder itself, or a report's folder in it.
                return true;
            }

            var name = Path.GetFileName(full);
            if (Path.GetDirectoryName(folder) == root
                && (IsOutputName(name) || (name.StartsWith('.') && (name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".old", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A file a build writes into a report's folder: its data file, or a file of one of the registered formats.</summary>
    private bool IsOutputName(string name) =>
        name == ReportPublisher.DataFile || _writers.Documents.Any(w => name.EndsWith(w.Extension, StringComparison.Ordinal));

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }

        _changed.Dispose();
    }

    private void Watch(string directory, bool subdirectories)
    {
        if (_watchers.Any(w => w.Path == directory && (w.IncludeSubdirectories || !subdirectories)) || !Directory.Exists(directory))
        {
            return;
        }

        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += (_, e) => OnEvent(e.FullPath);
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnEvent(e.OldFullPath);
            OnEvent(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnEvent(string path)
    {
        if (IsWatched(path))
        {
            _changed.Release();
        }
    }
}
