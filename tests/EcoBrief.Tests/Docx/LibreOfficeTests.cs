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
    /// The text without spaces and quotation marks: where LibreOffice draws “ ” from a Western font
    /// (which font depends on the machine's fonts), a PDF reader may give them out of line with the
    /// Chinese around them; every other character of a title must be there, in order.
    /// </summary>
    private static string Comparable(string text) =>
        new([.. text.Where(c => c is not (' ' or '“' or '”' or '‘' or '’' or '"' or '\''))]);
}
