using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcoBrief.Pdf;

/// <summary>
/// Writes the dates of a PDF's document information dictionary in UTC, whatever the time zone of
/// the machine. SkiaSharp's binding computes the offset from the local zone
/// (<c>ToLocalTime().Hour - ToUniversalTime().Hour</c>, even for a UTC date, which wraps to
/// <c>+20'00'</c> west of Greenwich), so the same build gave other bytes in Shanghai than in CI.
/// The dates are rewritten in place, at their length, so no offset in the file moves.
/// </summary>
/// <remarks>ISO 32000-1 §7.9.4: <c>D:YYYYMMDDHHmmSSOHH'mm'</c>, O being +, - or Z.</remarks>
internal static partial class PdfInfoDates
{
    [GeneratedRegex(@"/Info ([0-9]+) 0 R")]
    private static partial Regex InfoRef();

    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:[0-9]{14}[+\-Z][0-9]{2}'[0-9]{2}'\)")]
    private static partial Regex Date();

    public static byte[] InUtc(byte[] pdf, DateTime date)
    {
        // A date of no kind is taken as UTC, as ReproducibleDate gives it; only a local one is converted.
        var utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
        var stamp = utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var info = trailer < 0 ? null : InfoRef().Match(text, trailer);
        var start = info is { Success: true } ? FindObject(text, info.Groups[1].Value) : -1;
        var end = start < 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException("the PDF Skia wrote has no document information dictionary to date");
        }

        var result = (byte[])pdf.Clone();
        var found = 0;
        foreach (Match m in Date().Matches(text[start..end]))
        {
            var fixedDate = $"/{m.Groups[1].Value} (D:{stamp}+00'00')";
            if (fixedDate.Length != m.Length)
            {
                throw new InvalidOperationException($"a PDF date of unexpected length: {m.Value}");
            }

            Encoding.Latin1.GetBytes(fixedDate, 0, fixedDate.Length, result, start + m.Index);
            found++;
        }

        return found > 0 ? result : throw new InvalidOperationException("the PDF Skia wrote has no dates in its document information dictionary");
    }

    private static int FindObject(string text, string number)
    {
        var header = $"{number} 0 obj";
        for (var at = text.IndexOf(header, StringComparison.Ordinal); at >= 0; at = text.IndexOf(header, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is '\n' or '\r')
            {
                return at;
            }
        }

        return -1;
    }
}
