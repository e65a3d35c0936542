using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Chinese;
using EcoBrief.Document;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Docx.Renderers;

/// <summary>
/// The meta line under the title (who, where, when) in Subtitle. Its parts (joined by " · ") that do
/// not fit one line are set on lines of their own, broken between parts and without the dot: Word
/// breaks Chinese anywhere, and would leave 某某会议 · at a line's end or a date split over two.
/// </summary>
internal sealed class MetaLineRenderer : DocxNodeRenderer<MetaLineBlock>
{
    private const string Separator = " · ";

    protected override IEnumerable<OpenXmlElement> Render(MetaLineBlock meta, DocxRenderContext context)
    {
        if (Plain(meta.Inline) is not { } text || !text.Contains(Separator, StringComparison.Ordinal))
        {
            return [InlineRuns.InParagraph(meta.Inline, context, DocxStyles.Subtitle)];
        }

        var lines = Lines(text.Split(Separator), Columns(context.Settings));
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Subtitle }));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                p.Append(new Run(new Break()));
            }

            p.Append(new Run(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return [p];
    }

    /// <summary>The parts gathered greedily into lines of at most <paramref name="columns"/> display columns.</summary>
    internal static List<string> Lines(IReadOnlyList<string> parts, int columns)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var part in parts)
        {
            var joined = line.Length == 0 ? part : line + Separator + part;
            if (line.Length > 0 && DisplayWidth.Of(joined) > columns)
            {
                lines.Add(line);
                joined = part;
            }

            line = joined;
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Display columns of a body line at the body size (a Chinese character is two), one character short for safety.</summary>
    private static int Columns(DocumentSettings s)
    {
        var (w, _) = s.PaperSize;
        var points = (w - s.Margins.Left - s.Margins.Right) * 72 / 25.4;
        return Math.Max(8, ((int)Math.Floor(points / s.BaseFontSize) - 1) * 2);
    }

    private static string? Plain(ContainerInline? inline)
    {
        if (inline is null)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var i in inline)
        {
            if (i is not LiteralInline literal)
            {
                return null;
            }

            sb.Append(literal.Content.ToString());
        }

        return sb.ToString();
    }
}
