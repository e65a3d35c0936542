using EcoBrief.Build;
using EcoBrief.Publishing;

namespace EcoBrief.Tests.Build;

/// <summary>What a watched build reacts to: its sources and their sidecars, the templates, the reference document, the pairs file — never what it writes itself.</summary>
public sealed class ChangeWatcherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-watch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(params string[] parts) => Path.Combine([_dir, .. parts]);

    [Fact]
    public void A_source_its_sidecar_and_everything_under_the_templates_are_watched()
    {
        Directory.CreateDirectory(At("templates", "partials"));
        using var watcher = ChangeWatcher.ForBuild(At("out"), [At("report.txt")], At("templates"), At("house.docx"), At("pairs"), WriterRegistry.Core);

        Assert.True(watcher.IsWatched(At("report.txt")));
        Assert.True(watcher.IsWatched(At("report.ecobrief.yml")));
        Assert.True(watcher.IsWatched(At("templates", "partials", "key-figures.sbn")));
        Assert.True(watcher.IsWatched(At("house.docx")));
        Assert.True(watcher.IsWatched(At("pairs")));
        Assert.False(watcher.IsWatched(At("other.txt")));
    }

    [Fact]
    public void What_the_build_writes_into_its_output_folder_is_never_a_change()
    {
        // -o inside --templates: the build's own files must not start the next build.
        Directory.CreateDirectory(At("templates"));
        using var watcher = ChangeWatcher.ForBuild(At("templates", "out"), [At("report.txt")], At("templates"), null, null, WriterRegistry.Core);

        Assert.False(watcher.IsWatched(At("templates", "out", "report", "summary.md")));
        Assert.False(watcher.IsWatched(At("templates", "out", "report", "briefing.json")));
        Assert.False(watcher.IsWatched(At("templates", "out", "report", ".summary.md.123.0123456789abcdef0123456789abcdef.tmp")));
        Assert.True(watcher.IsWatched(At("templates", "brief.md.sbn")));
    }
}
