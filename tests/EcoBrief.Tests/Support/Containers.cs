using System.Collections.Concurrent;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Pdf;
using EcoBrief.Templating;

namespace EcoBrief.Tests.Support;

/// <summary>
/// The reports of the round trips (the seed and every keyed corpus report) and the containers they were
/// put into: a Word file and a PDF made by LibreOffice (<c>TestFiles/containers/</c>, made once by its
/// <c>make-fixtures.sh</c>), and a PDF printed by EcoBrief's own layout engine, made here.
/// </summary>
internal static class Containers
{
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Printed = new(StringComparer.Ordinal);

    /// <summary>The report names: the seed's and every corpus text's, without extension.</summary>
    public static IReadOnlyList<string> Reports { get; } =
    [
        Path.GetFileNameWithoutExtension(TestPaths.Seed),
        .. Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Cast<string>(),
    ];

    /// <summary>The plain text of report <paramref name="name"/>.</summary>
    public static string Text(string name) =>
        name == Path.GetFileNameWithoutExtension(TestPaths.Seed) ? TestPaths.Seed : TestPaths.TestFile("corpus", "texts", name + ".txt");

    public static string Fixture(params string[] parts) => TestPaths.TestFile(["containers", .. parts]);

    /// <summary>
    /// Report <paramref name="name"/> printed to PDF by EcoBrief's layout engine, as an office prints a
    /// report: GB/T 9704 (22 lines of 28 characters, first lines indented), its first line the title,
    /// each line of the text a paragraph, a running header and a page number on every page.
    /// </summary>
    public static byte[] OwnPdf(string name) => Printed.GetOrAdd(name, n => new Lazy<byte[]>(() => Print(File.ReadAllText(Text(n))))).Value;

    /// <summary>Text printed as <see cref="OwnPdf"/> prints a report.</summary>
    public static byte[] Print(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = lines.Count > 0 ? lines[0] : string.Empty;
        var md = new StringBuilder();
        md.Append("---\npreset: gbt9704\none_page: false\nheading_numbering: false\nshow_sources: false\n")
          .Append("header: \"").Append(Yaml(title)).Append("\"\npage_number: \"— {page} —\"\ntitle: \"").Append(Yaml(title)).Append("\"\n---\n\n");
        for (var i = 0; i < lines.Count; i++)
        {
            md.Append(i == 0 ? "# " : string.Empty).Append(MarkdownEscaper.Escape(lines[i])).Append("\n\n");
        }

        var document = BriefingMarkdown.Parse(md.ToString(), "report.md");
        return PdfWriter.Write(document, new PdfWriterOptions { Date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) }).Bytes;
    }

    private static string Yaml(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
