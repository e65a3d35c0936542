using System.Xml.Linq;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Docx;

/// <summary>A real reader: LibreOffice converts the handout without error, and every title survives.</summary>
public sealed class LibreOfficeTests
{
    [RequiresToolFact("soffice")]
    public void LibreOffice_converts_the_handout_and_keeps_every_title()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-lo-").FullName;
        try
        {
            var docx = Path.Combine(dir, "handout.docx");
            File.WriteAllBytes(docx, DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")));
            var profile = Path.Combine(dir, "profile");
            var (exit, output, err) = Tools.Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", dir, docx);
            var pdf = Path.Combine(dir, "handout.pdf");
            Assert.True(exit == 0 && File.Exists(pdf), output + err);

            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var text = Comparable(string.Concat(document.GetPages().Select(p => p.Text)));
            var b = Briefings.Seed;
            foreach (var item in b.Achievements.Concat(b.Challenges).Concat(b.Tasks))
            {
                Assert.Contains(Comparable(item.Title), text, StringComparison.Ordinal);
            }

            Assert.True(document.NumberOfPages > 5);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// GB/T 9704's roles stay apart where none of their fonts is installed (no 小标宋, 黑体 or 仿宋, as
    /// on the Linux machines that run the tests): LibreOffice draws the title, a heading and the body
    /// each in a face of its own, the ones the handout carries.
    /// </summary>
    [RequiresToolFact("soffice")]
    public void LibreOffice_draws_title_heading_and_body_in_faces_of_their_own()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-lo-").FullName;
        try
        {
            var bytes = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt"));
            var docx = Path.Combine(dir, "handout.docx");
            File.WriteAllBytes(docx, bytes);
            var profile = Path.Combine(dir, "profile");
            var (exit, output, err) = Tools.Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", dir, docx);
            var pdf = Path.Combine(dir, "handout.pdf");
            Assert.True(exit == 0 && File.Exists(pdf), output + err);

            var document = DocxWriterTests.Part(bytes, "word/document.xml");
            XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            string Text(XElement p) => string.Concat(p.Descendants(w + "t").Select(t => t.Value));
            string? Style(XElement p) => (string?)p.Element(w + "pPr")?.Element(w + "pStyle")?.Attribute(w + "val");
            var paragraphs = document.Descendants(w + "p").ToList();
            var title = Text(paragraphs.First(p => Style(p) == "Title"));
            var heading = Text(paragraphs.First(p => Style(p) == "Heading1"));
            var body = Text(paragraphs.First(p => Style(p) is null && Text(p).Length > 40));

            using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var letters = read.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var drawn = string.Concat(letters.Select(l => l.Value));
            string FaceOf(string text)
            {
                var start = new string([.. text.Where(c => !char.IsWhiteSpace(c)).Take(6)]);
                var at = drawn.IndexOf(start, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{start} is not in LibreOffice's PDF");
                var name = letters[at].FontName ?? string.Empty;
                return name.Contains('+', StringComparison.Ordinal) ? name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..] : name;
            }

            var faces = new[] { FaceOf(title), FaceOf(heading), FaceOf(body) };
            Assert.True(faces.Distinct().Count() == 3, $"title, heading and body in {string.Join(", ", faces)}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// The text without spaces and quotation marks: where LibreOffice draws “ ” from a Western font
    /// (which font depends on the machine's fonts), a PDF reader may give them out of line with the
    /// Chinese around them; every other character of a title must be there, in order.
    /// </summary>
    private static string Comparable(string text) =>
        new([.. text.Where(c => c is not (' ' or '“' or '”' or '‘' or '’' or '"' or '\''))]);
}
