using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.Chinese;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Docx.Renderers;

/// <summary># → Title; ## → Heading 1 (一、), ### → Heading 2 (（一）), #### → Heading 3 (1.), numbered by the styles' numbering.</summary>
internal sealed class HeadingRenderer : DocxNodeRenderer<HeadingBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(HeadingBlock heading, DocxRenderContext context)
    {
        var style = heading.Level switch
        {
            1 => DocxStyles.Title,
            2 => DocxStyles.Heading1,
            3 => DocxStyles.Heading2,
            _ => DocxStyles.Heading3,
        };
        var ppr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (heading.Level > 1 && !context.Settings.HeadingNumbering)
        {
            ppr.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 }));
        }

        var p = new Paragraph(ppr);
        if (heading.Level == 1 && TitleLines(heading, context.Settings) is { Count: > 1 } lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    p.Append(new Run(new Break()));
                }

                p.Append(InlineRuns.TextRun(lines[i], null));
            }

            return [p];
        }

        p.Append(InlineRuns.Runs(heading.Inline, context));
        return [p];
    }

    /// <summary>
    /// A plain title too long for one line, broken where its words allow (GB/T 9704-2012 §7.3.2):
    /// Word would break it greedily, inside a word or with one character on the last line. Widths
    /// are estimated (an ideograph one em, other characters half) on the page's text width.
    /// </summary>
    private static List<string>? TitleLines(HeadingBlock heading, DocumentSettings settings)
    {
        if (heading.Inline is null || heading.Inline.Any(i => i is not LiteralInline))
        {
            return null;
        }

        var text = PlainText.Of(heading.Inline).Trim();
        var size = settings.TitleFontSize;
        var width = (float)((settings.PaperSize.Width - settings.Margins.Left - settings.Margins.Right) / 25.4 * 72 / size);
        float Width(int start, int end)
        {
            var w = 0f;
            for (var i = start; i < end; i++)
            {
                w += char.IsLowSurrogate(text[i]) ? 0 : text[i] < 0x2E80 && text[i] is not ('“' or '”' or '—' or '…') ? 0.5f : 1f;
            }

            return w;
        }

        var starts = PhraseBreaks.Choose(text, Width, width - 0.5f, i => CanBreakBefore(text, i), centred: true);
        if (starts is null || starts.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        var from = 0;
        foreach (var s in starts.Append(text.Length))
        {
            lines.Add(text[from..s].Trim());
            from = s;
        }

        return lines;
    }

    /// <summary>Between two ideographs, or after punctuation that may end a line; never inside a Latin word or number.</summary>
    private static bool CanBreakBefore(string text, int i)
    {
        var a = text[i - 1];
        var b = text[i];
        return !char.IsLowSurrogate(b) && !(char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b))
            && "，。、；：？！）》」』〕】”’…·％".IndexOf(b, StringComparison.Ordinal) < 0 && "（《「『〔【“‘".IndexOf(a, StringComparison.Ordinal) < 0
            && !(a == '—' && b == '—') && !(a == '…' && b == '…') && !(char.IsAsciiDigit(a) && b is '.' or '%');
    }
}
