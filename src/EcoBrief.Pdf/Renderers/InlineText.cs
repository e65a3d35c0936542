using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.Layout.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Inlines to styled runs: literal text, **strong**, *emphasis*, an item's <see cref="DetailInline"/> (which fitting may drop), footnote marks.</summary>
internal static class InlineText
{
    public static List<TextSpan> Spans(ContainerInline? inline, PdfRenderContext context, TextStyle style, bool dropDetail = false)
    {
        var spans = new List<TextSpan>();
        if (inline is not null)
        {
            Append(inline, context, style, dropDetail, spans);
        }

        // Merge neighbours of one style: fewer runs, better shaping.
        var merged = new List<TextSpan>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && ReferenceEquals(merged[^1].Style, s.Style))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + s.Text };
            }
            else
            {
                merged.Add(s);
            }
        }

        if (merged.Count > 0)
        {
            merged[^1] = merged[^1] with { Text = merged[^1].Text.TrimEnd() };
        }

        return merged;
    }

    /// <summary>Whether the inlines hold detail (emphasis with text), which fitting may drop.</summary>
    public static bool HasDetail(ContainerInline? inline) =>
        inline is not null && inline.FindDescendants<DetailInline>().Any(d => PlainText.Of(d).Trim().Length > 0);

    private static void Append(ContainerInline container, PdfRenderContext context, TextStyle style, bool dropDetail, List<TextSpan> spans)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new TextSpan(literal.Content.ToString(), style));
                    break;
                case DetailInline when dropDetail:
                    if (spans.Count > 0)
                    {
                        spans[^1] = spans[^1] with { Text = spans[^1].Text.TrimEnd() };
                    }

                    break;
                case EmphasisInline { DelimiterCount: >= 2 } strong:
                    Append(strong, context, Bold(style, context), dropDetail, spans);
                    break;
                case EmphasisInline emphasis:
                    Append(emphasis, context, context.Styles.Emphasis with { Size = style.Size * 0.95f }, dropDetail, spans);
                    break;
                case FootnoteLink { IsBackLink: false } link when !context.Styles.Settings.OnePage:
                    spans.Add(new TextSpan($"[{link.Index}]", context.Styles.Small with { Size = style.Size * 0.7f, Color = PdfStyles.Accent }));
                    break;
                case FootnoteLink:
                    break;
                case CodeInline code:
                    spans.Add(new TextSpan(code.Content, style));
                    break;
                case LineBreakInline:
                    spans.Add(new TextSpan(" ", style));
                    break;
                case ContainerInline inner:
                    Append(inner, context, style, dropDetail, spans);
                    break;
            }
        }
    }

    private static TextStyle Bold(TextStyle style, PdfRenderContext context) => context.Styles.Strong with { Size = style.Size, Color = style.Color };
}
