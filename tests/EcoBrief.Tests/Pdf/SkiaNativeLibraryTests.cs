using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Pdf;

/// <summary>The fontconfig build of Skia where libfontconfig loads, the standalone one where it does not: same PDF.</summary>
public sealed class SkiaNativeLibraryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-skia-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LinuxFact]
    public void Without_libfontconfig_the_standalone_skia_is_loaded_and_the_pdf_is_the_same()
    {
        var broken = Directory.CreateDirectory(Path.Combine(_dir, "no-fontconfig")).FullName;
        File.WriteAllText(Path.Combine(broken, "libfontconfig.so.1"), "not a library");

        var normal = Build("normal", new Dictionary<string, string> { ["CI"] = "true" });
        var fallback = Build("fallback", new Dictionary<string, string> { ["CI"] = "true", ["LD_LIBRARY_PATH"] = broken });

        Assert.Contains("skia: the fontconfig build of libSkiaSharp", normal.Log, StringComparison.Ordinal);
        Assert.Contains("skia: the standalone build of libSkiaSharp", fallback.Log, StringComparison.Ordinal);
        Assert.Equal(normal.Pdf, fallback.Pdf);
    }

    private (string Log, byte[] Pdf) Build(string name, Dictionary<string, string> environment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var output = Path.Combine(_dir, name);
        var (exit, stdout, stderr) = Tools.Run("dotnet", environment, cli, "build", TestPaths.Seed, "-o", output, "--formats", "pdf", "--verbose");
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        return (stdout, File.ReadAllBytes(Path.Combine(output, "2024-mee-work-report", "summary.pdf")));
    }
}
