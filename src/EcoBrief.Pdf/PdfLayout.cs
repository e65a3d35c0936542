using EcoBrief.Document;
using EcoBrief.Layout;
using EcoBrief.Layout.Drawing;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Paging;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf;

/// <summary>
/// Lays a document out on pages. A one-page document is fitted: detail is dropped first, then items
/// beyond the template's minimum, then type shrinks to its floor; if it still does not fit, a
/// <see cref="PageLayoutException"/> says so — never a second page, never clipped text.
/// </summary>
public static class PdfLayout
{
    /// <exception cref="PageLayoutException">The document cannot be laid out as its settings ask.</exception>
    public static (List<LaidOutPage> Pages, FitOptions Fit, List<string> Warnings) Lay(BriefingDocument document)
    {
        try
        {
            return LayOut(document);
        }
        catch (LayoutException e)
        {
            throw new PageLayoutException(e.Message, e);
        }
    }

    private static (List<LaidOutPage> Pages, FitOptions Fit, List<string> Warnings) LayOut(BriefingDocument document)
    {
        var s = document.Settings;
        var (w, h) = s.PaperSize;
        var setup = PageSetup.FromMillimetres(w, h, s.Margins.Top, s.Margins.Left, s.Margins.Right, s.Margins.Bottom);
        var baseSize = (float)s.BaseFontSize;
        if (!s.OnePage)
        {
            var fit = new FitOptions(baseSize, true, int.MaxValue);
            var (content, context) = Build(document, fit, setup);
            return (Paginator.Paginate(content, setup, Decorator(context), NeedsTotal(s)), fit, context.Warnings);
        }

        var maxItems = document.Ast.Descendants<ListBlock>().Select(l => l.Count).DefaultIfEmpty(0).Max();
        var minItems = Math.Max(1, s.MinItems);
        for (var size = baseSize; size >= (float)s.MinFontSize - Size.Epsilon; size -= 0.5f)
        {
            foreach (var fit in Candidates(size, maxItems, minItems))
            {
                var (content, context) = Build(document, fit, setup);
                if (content.Measure(setup.Body).Kind is SpaceKind.Full or SpaceKind.Empty)
                {
                    var pages = Paginator.Paginate(content, setup, Decorator(context), NeedsTotal(s));
                    if (pages.Count == 1)
                    {
                        return (pages, fit, context.Warnings);
                    }
                }
            }
        }

        throw new PageLayoutException($"the {s.Template} does not fit on one page even at {s.MinFontSize:0.#} pt, without detail and with {minItems} items per list; shorten the template or lower min_items / min_font_size");
    }

    private static bool NeedsTotal(DocumentSettings s) =>
        s.PageNumber.Contains("{pages}", StringComparison.Ordinal) || (s.Header?.Contains("{pages}", StringComparison.Ordinal) ?? false);

    private static IEnumerable<FitOptions> Candidates(float size, int maxItems, int minItems)
    {
        yield return new FitOptions(size, true, int.MaxValue);
        yield return new FitOptions(size, false, int.MaxValue);
        for (var n = maxItems - 1; n >= minItems; n--)
        {
            yield return new FitOptions(size, false, n);
        }
    }

    private static (Element Content, PdfRenderContext Context) Build(BriefingDocument document, FitOptions fit, PageSetup setup)
    {
        var styles = new PdfStyles(document.Settings, fit.BodySize);
        var context = new PdfRenderContext(styles, fit);
        var content = context.RenderBlocks(document.Ast, fit.BodySize * (document.Settings.OnePage ? 0.35f : 0.5f));
        return (content, context);
    }

    /// <summary>Header (text over a rule) in the top margin; footer (text left, page number centred) in the bottom margin.</summary>
    private static Action<ICanvas, int, int> Decorator(PdfRenderContext context)
    {
        var s = context.Styles.Settings;
        var styles = context.Styles;
        var setup = PageSetup.FromMillimetres(s.PaperSize.Width, s.PaperSize.Height, s.Margins.Top, s.Margins.Left, s.Margins.Right, s.Margins.Bottom);
        var small = styles.Small with { Size = Math.Min(styles.BodySize * 0.8f, 10.5f) };
        var numberSize = s.OnePage ? small.Size : 14f;
        return (canvas, page, total) =>
        {
            var width = setup.Body.Width;
            if (s.Header is { } header)
            {
                var text = context.Text([new TextSpan(header, small)], TextAlignment.Center, lineSpacing: 1.2f);
                var y = setup.MarginTop - (small.Size * 2.6f);
                text.Draw(canvas, setup.MarginLeft, y, new Size(width, small.Size * 1.5f));
                canvas.DrawLine(setup.MarginLeft, y + (small.Size * 1.6f), setup.MarginLeft + width, y + (small.Size * 1.6f), PdfStyles.Rule, 0.5f);
            }

            var footY = setup.Height - setup.MarginBottom + (numberSize * 0.9f);
            var number = s.PageNumber.Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{pages}", total.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            context.Text([new TextSpan(number, styles.Body with { Size = numberSize, Color = PdfStyles.Muted })], TextAlignment.Center, lineSpacing: 1.2f)
                .Draw(canvas, setup.MarginLeft, footY, new Size(width, numberSize * 1.5f));
            if (s.Footer is { } footer)
            {
                var y = footY + (numberSize * 1.5f);
                context.Text([new TextSpan(footer, small)], TextAlignment.Center, lineSpacing: 1.2f).Draw(canvas, setup.MarginLeft, y, new Size(width, small.Size * 1.5f));
            }
        };
    }
}
