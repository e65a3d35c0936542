using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace EcoBrief.Tests.Support;

/// <summary>A PDF written by hand, one content stream a page (Flate-compressed), Helvetica as /F1: for inputs no tool would make.</summary>
internal static class TinyPdf
{
    public static byte[] Build(params string[] pages) => WithFont("Helvetica", pages);

    /// <summary>The pages, with the standard font <paramref name="font"/> as /F1.</summary>
    public static byte[] WithFont(string font, string[] pages)
    {
        var objects = new List<byte[]>();
        var pageIds = Enumerable.Range(0, pages.Length).Select(i => 4 + (2 * i)).ToList();
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{string.Join(' ', pageIds.Select(id => $"{id} 0 R"))}] /Count {pages.Length} >>"));
        objects.Add(Ascii($"<< /Type /Font /Subtype /Type1 /BaseFont /{font} >>"));
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

    /// <summary>
    /// Pages of text drawn a character at a time, each its own run of text (<c>Tj</c>) in a tiny size (Courier, 0.4 pt, a
    /// character every 0.3 pt, a line every 0.5 pt): <paramref name="lines"/> lines a page, each of <paramref name="runs"/>
    /// characters — the page, the line and letters, so that no two lines are alike — ending in <paramref name="end"/>.
    /// </summary>
    public static byte[] Runs(int pages, int lines, int runs, char end = 'z')
    {
        var contents = new string[pages];
        for (var p = 0; p < pages; p++)
        {
            var content = new StringBuilder(lines * runs * 20);
            content.Append("BT /F1 0.4 Tf 20 800 Td\n");
            for (var l = 0; l < lines; l++)
            {
                var text = RunsLine(p, l, runs, end);
                for (var i = 0; i < text.Length; i++)
                {
                    // Each character moves on from the one before, and the line's first down to the next line.
                    var move = i > 0 ? "0.3 0 Td " : l > 0 ? string.Create(CultureInfo.InvariantCulture, $"{-0.3 * (runs - 1):0.###} -0.5 Td ") : string.Empty;
                    content.Append(move).Append('(').Append(text[i]).Append(") Tj\n");
                }
            }

            contents[p] = content.Append("ET\n").ToString();
        }

        return WithFont("Courier", contents);
    }

    /// <summary>Line <paramref name="line"/> of page <paramref name="page"/> (from 0) of <see cref="Runs"/>.</summary>
    public static string RunsLine(int page, int line, int runs, char end = 'z')
    {
        var text = new StringBuilder(runs).Append(CultureInfo.InvariantCulture, $"p{page + 1}l{line + 1}");
        while (text.Length < runs - 1)
        {
            text.Append((char)('a' + ((text.Length + line + (7 * page)) % 26)));
        }

        return text.Append(end).ToString();
    }

    private static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);
}
