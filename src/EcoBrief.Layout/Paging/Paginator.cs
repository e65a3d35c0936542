using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Paging;

/// <summary>
/// Flows content over pages: measure, draw what fits, next page. Lays out twice, so that headers and
/// footers can print the total page count. A wrap on an empty page is an error naming its reason.
/// </summary>
public static class Paginator
{
    /// <summary>Pages beyond this mean an element that never finishes; stop rather than fill the disk.</summary>
    public const int MaxPages = 5000;

    /// <param name="content">The body.</param>
    /// <param name="setup">Page size and margins.</param>
    /// <param name="decorate">Draws header and footer for (page, total pages); may be null.</param>
    /// <param name="needsTotal">Whether the decoration prints the total page count (then the content is laid out twice).</param>
    /// <returns>The pages, each as its recorded drawing calls.</returns>
    public static List<LaidOutPage> Paginate(Element content, PageSetup setup, Action<ICanvas, int, int>? decorate = null, bool needsTotal = true)
    {
        var first = Run(content, setup, needsTotal ? null : decorate, totalPages: 0);
        return decorate is null || !needsTotal ? first : Run(content, setup, decorate, first.Count);
    }

    private static List<LaidOutPage> Run(Element content, PageSetup setup, Action<ICanvas, int, int>? decorate, int totalPages)
    {
        content.Reset();
        var pages = new List<LaidOutPage>();
        var body = setup.Body;
        while (true)
        {
            var plan = content.Measure(body);
            if (plan.Kind == SpaceKind.Empty && pages.Count > 0)
            {
                break;
            }

            if (plan.Kind == SpaceKind.Wrap)
            {
                throw new LayoutException($"{plan.Reason ?? content.Name} (does not fit on an empty page of {body.Width:0.#} × {body.Height:0.#} pt)");
            }

            if (pages.Count >= MaxPages)
            {
                throw new LayoutException($"{content.Name}: more than {MaxPages} pages");
            }

            var canvas = new RecordingCanvas();
            var number = pages.Count + 1;
            decorate?.Invoke(canvas, number, totalPages == 0 ? number : totalPages);
            content.Draw(canvas, setup.MarginLeft, setup.MarginTop, body);
            pages.Add(new LaidOutPage(number, setup.Width, setup.Height, canvas));
            if (plan.Kind is SpaceKind.Full or SpaceKind.Empty)
            {
                break;
            }
        }

        return pages;
    }
}
