using EcoBrief.Diagnostics;
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
/// <see cref="PageLayoutException"/> says so — never a second page, never clipped text. What fits is
/// then filled: the fitter does not stop at the first arrangement that fits but gives back detail,
/// item by item, or keeps items, one at a time, for as long as the page holds them (in the order of
/// <see cref="ItemRanks"/>), so the body fills the page at the largest size that fits.
/// </summary>
public static class PdfLayout
{
    /// <exception cref="PageLayoutException">The document cannot be laid out as its settings ask.</exception>
    public static (List<LaidOutPage> Pages, FitOptions Fit, List<Diagnostic> Diagnostics, float Fill) Lay(BriefingDocument document)
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

    private static (List<LaidOutPage> Pages, FitOptions Fit, List<Diagnostic> Diagnostics, float Fill) LayOut(BriefingDocument document)
    {
        var s = document.Settings;
        var (w, h) = s.PaperSize;
        var setup = PageSetup.FromMillimetres(w, h, s.Margins.Top, s.Margins.Left, s.Margins.Right, s.Margins.Bottom);
        var baseSize = (float)s.BaseFontSize;
        if (!s.OnePage)
        {
            var fit = FitOptions.Everything(baseSize);
            var (content, context) = Build(document, fit, setup, null);
            var fill = Fill(content, setup);
            return (Paginator.Paginate(content, setup, Decorator(context), NeedsTotal(s)), fit, context.Diagnostics, fill);
        }

        var ranks = new ItemRanks(document.Ast);
        var minKept = Math.Min(ranks.Count, Math.Max(1, s.MinItems) * ranks.Lists);
        foreach (var notes in new[] { true, false })
        {
            for (var size = baseSize; size >= (float)s.MinFontSize - Size.Epsilon; size -= 0.5f)
            {
                if (Fitted(document, setup, ranks, FitOptions.Everything(size) with { Notes = notes }, baseSize, minKept) is { } fitted)
                {
                    return OnePage(document, fitted, setup, ranks);
                }
            }
        }

        var minItems = Math.Max(1, s.MinItems);
        throw new LayoutException($"the {s.Template} does not fit on one page even at {s.MinFontSize:0.#} pt, without detail and with {minItems} items per list; shorten the template or lower min_items / min_font_size");
    }

    /// <summary>The fullest arrangement that fits at one size, or null when even the fewest items do not.</summary>
    private static FitOptions? Fitted(BriefingDocument document, PageSetup setup, ItemRanks ranks, FitOptions everything, float baseSize, int minKept)
    {
        bool Fits(FitOptions fit) => Build(document, fit, setup, ranks).Content.Measure(setup.Body).Kind is SpaceKind.Full or SpaceKind.Empty;

        if (Fits(everything))
        {
            return everything.BodySize < baseSize ? everything : Grown(document, everything, Fits);
        }

        // Detail goes first, and comes back item by item while the page holds it.
        var titles = everything with { DetailItems = 0 };
        if (Fits(titles))
        {
            return titles with { DetailItems = Largest(0, ranks.Count - 1, d => Fits(titles with { DetailItems = d })) };
        }

        // Then items, one at a time from the ends of the lists, down to min_items each.
        if (minKept < ranks.Count && Fits(titles with { KeptItems = minKept }))
        {
            return titles with { KeptItems = Largest(minKept, ranks.Count - 1, k => Fits(titles with { KeptItems = k })) };
        }

        return null;
    }

    /// <summary>
    /// Everything fits at the base size: the largest size up to max_font_size at which it still does,
    /// so that a short document fills its page.
    /// </summary>
    private static FitOptions Grown(BriefingDocument document, FitOptions fitted, Func<FitOptions, bool> fits)
    {
        var max = (float)(document.Settings.MaxFontSize ?? document.Settings.BaseFontSize);
        for (var size = fitted.BodySize + GrowStep; size <= max + Size.Epsilon; size += GrowStep)
        {
            var larger = fitted with { BodySize = size };
            if (!fits(larger))
            {
                break;
            }

            fitted = larger;
        }

        return fitted;
    }

    private const float GrowStep = 0.25f;

    /// <summary>How much of the body area the content takes on its first page, 0–1.</summary>
    private static float Fill(Element content, PageSetup setup)
    {
        content.Reset();
        var plan = content.Measure(setup.Body);
        return plan.Kind is SpaceKind.Full or SpaceKind.Partial ? plan.Size.Height / setup.Body.Height : 0;
    }

    /// <summary>The largest n in [low, high] for which <paramref name="fits"/> holds, given that it holds for low (and, as more shows more, for every n below one that holds).</summary>
    private static int Largest(int low, int high, Func<int, bool> fits)
    {
        while (low < high)
        {
            var mid = low + ((high - low + 1) / 2);
            if (fits(mid))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The one page of what fitting chose (its content measured whole on the body, so it paginates to one page).</summary>
    private static (List<LaidOutPage> Pages, FitOptions Fit, List<Diagnostic> Diagnostics, float Fill) OnePage(BriefingDocument document, FitOptions fit, PageSetup setup, ItemRanks ranks)
    {
        var (content, context) = Build(document, fit, setup, ranks);
        var fill = Fill(content, setup);
        var pages = Paginator.Paginate(content, setup, Decorator(context), NeedsTotal(document.Settings));
        return pages.Count == 1 ? (pages, fit, context.Diagnostics, fill) : throw new LayoutException($"the {document.Settings.Template} measured one page at {fit} but took {pages.Count}");
    }

    private static bool NeedsTotal(DocumentSettings s) =>
        s.PageNumber.Contains("{pages}", StringComparison.Ordinal) || (s.Header?.Contains("{pages}", StringComparison.Ordinal) ?? false);

    private static (Element Content, PdfRenderContext Context) Build(BriefingDocument document, FitOptions fit, PageSetup setup, ItemRanks? ranks)
    {
        var styles = new PdfStyles(document.Settings, fit.BodySize);
        var context = new PdfRenderContext(styles, fit, ranks);
        var spacing = fit.BodySize * (document.Settings.OnePage ? 0.35f : 0.5f);
        var content = context.RenderBlocks(document.Ast, spacing);
        if (context.DroppedDetail && fit.Notes && document.Settings.DetailNote is { } note)
        {
            var line = context.Text([new TextSpan(note, styles.Small)], TextAlignment.Left, lineSpacing: context.LineSpacing);
            content = new Column([content, new Padding(line, 0, spacing, 0, 0)], 0);
        }

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
            // GB/T 9704 §7.5: an odd page's number on the right, an even page's on the left, one character in.
            var outside = s.PageNumbersOutside && !s.OnePage;
            var (align, x) = !outside ? (TextAlignment.Center, setup.MarginLeft)
                : page % 2 == 1 ? (TextAlignment.Right, setup.MarginLeft) : (TextAlignment.Left, setup.MarginLeft + numberSize);
            context.Text([new TextSpan(number, styles.Body with { Size = numberSize, Color = PdfStyles.Muted })], align, lineSpacing: 1.2f)
                .Draw(canvas, x, footY, new Size(outside ? width - numberSize : width, numberSize * 1.5f));
            if (s.Footer is { } footer)
            {
                var y = footY + (numberSize * 1.5f);
                context.Text([new TextSpan(footer, small)], TextAlignment.Center, lineSpacing: 1.2f).Draw(canvas, setup.MarginLeft, y, new Size(width, small.Size * 1.5f));
            }
        };
    }
}
