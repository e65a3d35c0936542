using EcoBrief.Document;
using EcoBrief.Publishing;

namespace EcoBrief.Pdf;

/// <summary>The PDF project's contribution to the writer registry: <see cref="PdfWriter"/> as the <c>pdf</c> format.</summary>
public sealed class PdfFormatWriter(PdfWriterOptions? options = null) : IWriter<BriefingDocument>
{
    /// <summary>Which build of libSkiaSharp was loaded (<c>fontconfig</c> or <c>standalone</c>), once a PDF was written; null before.</summary>
    public static string? SkiaBuild => EcoBrief.Layout.Drawing.SkiaNativeLibrary.Loaded;

    public string Format => "pdf";

    public string Extension => ".pdf";

    public WriteResult Write(BriefingDocument input, Stream output)
    {
        var pdf = PdfWriter.Write(input, options);
        output.Write(pdf.Bytes);
        var pages = pdf.Pages.Count;
        return new WriteResult(pages, [.. pdf.Diagnostics.DistinctBy(d => d.Text, StringComparer.Ordinal)], input.Settings.OnePage ? $"fitted at {pdf.Fit}" : $"{pages} page(s)");
    }
}
