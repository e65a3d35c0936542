using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EcoBrief.Tests.Support;

/// <summary>A PDF written by hand, one content stream a page (Flate-compressed), Helvetica as /F1: for inputs no tool would make.</summary>
internal static class TinyPdf
{
    public static byte[] Build(params string[] pages)
    {
        var objects = new List<byte[]>();
        var pageIds = Enumerable.Range(0, pages.Length).Select(i => 4 + (2 * i)).ToList();
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(id => $"{id} 0 R"))}] /Count {pages.Length} >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        foreach (var (content, i) in pages.Select((c, i) => (c, i)))
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {pageIds[i] + 1} 0 R >>"));
            using var packed = new MemoryStream();
            using (var z = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(Encoding.ASCII.GetBytes(content));
            }

            var data = packed.ToArray();
            objects.Add([.. Ascii($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. Ascii("\nendstream")]);
        }

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var sb = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(o.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(sb.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);
}
