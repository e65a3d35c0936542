using System.Text;
using EcoBrief.Document;
using EcoBrief.Pdf;
using EcoBrief.Templating;

namespace EcoBrief.Benchmarks;

/// <summary>A report printed to PDF by the layout engine as the round-trip tests print one (tests' Support/Containers.Print).</summary>
internal static class ContainerPrint
{
    public static (byte[] Bytes, int Pages) Pdf(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var md = new StringBuilder("---\npreset: gbt9704\none_page: false\nheading_numbering: false\nshow_sources: false\npage_number: \"— {page} —\"\n---\n\n");
        for (var i = 0; i < lines.Count; i++)
        {
            md.Append(i == 0 ? "# " : string.Empty).Append(MarkdownEscaper.Escape(lines[i])).Append("\n\n");
        }

        var result = PdfWriter.Write(BriefingMarkdown.Parse(md.ToString(), "report.md"));
        return (result.Bytes, result.Pages.Count);
    }
}
