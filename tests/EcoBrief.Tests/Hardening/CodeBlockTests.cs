using System.Xml.Linq;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Docx;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A code block a template writes (fenced or indented) is on the page in the PDF and in the handout,
/// as it is in the HTML — line for line, never reflowed into one paragraph, never silently dropped.
/// </summary>
public sealed class CodeBlockTests : IDisposable
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-code-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Markdown = "# 代码示例\n\n正文一段。\n\n```text\n第一行 alpha = 1\n    缩进的第二行\n\n第三行 ab\tend\n```\n\n中间一段。\n\n    indented line one\n    indented line two\n";

    private static readonly string[] Fenced = ["第一行 alpha = 1", "    缩进的第二行", string.Empty, "第三行 ab  end"];

    private static readonly string[] Indented = ["indented line one", "indented line two"];

    private static BriefingDocument Document => BriefingMarkdown.Parse(Markdown, "test.md.sbn");

    [RequiresToolFact("pdftotext")]
    public void The_pdf_holds_every_line_of_both_code_blocks_on_a_line_of_its_own()
    {
        var path = Path.Combine(_dir, "code.pdf");
        File.WriteAllBytes(path, PdfWriter.Write(Document).Bytes);

        var (exit, text, err) = Tools.Run("pdftotext", path, "-");

        Assert.True(exit == 0, err);
        // pdftotext gives spaces as it measures them: compare lines with each run of spaces as one.
        static string Squeeze(string line) => System.Text.RegularExpressions.Regex.Replace(line.Replace('\u00A0', ' ').Trim(), " +", " ");
        var lines = text.Split('\n').Select(Squeeze).ToList();
        foreach (var line in Fenced.Concat(Indented).Where(l => l.Length > 0))
        {
            Assert.Contains(Squeeze(line), lines);
        }

        Assert.True(lines.IndexOf("第一行 alpha = 1") < lines.IndexOf("缩进的第二行"), text);
        Assert.True(lines.IndexOf("第三行 ab end") < lines.IndexOf("中间一段。"), text);
        Assert.True(lines.IndexOf("中间一段。") < lines.IndexOf("indented line one"), text);
    }

    [Fact]
    public void The_handout_holds_each_code_block_as_one_source_code_paragraph_with_its_lines_and_validates()
    {
        var docx = DocxWriter.Write(Document);

        Assert.Empty(DocxWriterTests.Validate(docx));
        var code = DocxWriterTests.Part(docx, "word/document.xml").Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => (string?)s.Attribute(W + "val") == DocxStyles.SourceCode)).ToList();
        Assert.Equal(2, code.Count);
        Assert.Equal(Fenced, code[0].Descendants(W + "t").Select(t => t.Value));
        Assert.Equal(Fenced.Length - 1, code[0].Descendants(W + "br").Count());
        Assert.Equal(Indented, code[1].Descendants(W + "t").Select(t => t.Value));
        Assert.All(code[0].Descendants(W + "t"), t => Assert.Equal("preserve", (string?)t.Attribute(XNamespace.Xml + "space")));
        Assert.Contains(DocxWriterTests.Part(docx, "word/styles.xml").Descendants(W + "style"), s => (string?)s.Attribute(W + "styleId") == DocxStyles.SourceCode);
    }

    [Fact]
    public void A_handout_without_code_has_no_source_code_style()
    {
        var docx = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt"));

        Assert.DoesNotContain(DocxWriterTests.Part(docx, "word/styles.xml").Descendants(W + "style"), s => (string?)s.Attribute(W + "styleId") == DocxStyles.SourceCode);
    }
}
