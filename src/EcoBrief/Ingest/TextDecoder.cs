using System.Text;
using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest;

/// <summary>
/// Turns the bytes of a report into text: detects UTF-8 (with or without BOM), UTF-16 LE/BE and
/// GB18030/GBK, and refuses what is not text with one clear line.
/// </summary>
public static class TextDecoder
{
    private static readonly Lazy<Encoding> Gb18030Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly (byte[] Magic, string Kind)[] BinarySignatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (a .docx or .xlsx is one)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (.doc)"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7z archive"),
    ];

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InputRejectedException"/> when they are not text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputRejectedException("the file is empty");
        }

        foreach (var (magic, kind) in BinarySignatures)
        {
            if (bytes.StartsWith(magic))
            {
                throw new InputRejectedException($"not a text report: the file is {kind}");
            }
        }

        var warnings = new List<Diagnostic>();
        DecodedText result;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            result = DecodeUtf8(bytes[3..], "UTF-8 (BOM)", warnings);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            result = DecodeUtf16(bytes[2..], bigEndian: false, warnings);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            result = DecodeUtf16(bytes[2..], bigEndian: true, warnings);
        }
        else if (GuessUtf16WithoutBom(bytes) is { } utf16)
        {
            result = DecodeUtf16(bytes, ReferenceEquals(utf16, Encoding.BigEndianUnicode), warnings);
        }
        else
        {
            if (bytes.Contains((byte)0))
            {
                throw new InputRejectedException("not a text report: the file contains NUL bytes");
            }

            result = DecodeUtf8OrGb18030(bytes, warnings);
        }

        RejectIfMostlyControl(result.Text);
        return result;
    }

    private static DecodedText DecodeUtf8OrGb18030(ReadOnlySpan<byte> bytes, List<Diagnostic> warnings)
    {
        if (TryDecode(Utf8Strict, bytes, out var utf8))
        {
            return new DecodedText(utf8, "UTF-8", warnings);
        }

        // A UTF-8 file cut in the middle of its last character: keep what is whole. This comes before
        // GB18030, which would otherwise accept many UTF-8 byte pairs as two-byte characters.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (TryDecode(Utf8Strict, bytes[..^cut], out var truncated))
            {
                warnings.Add(DiagnosticKinds.IncompleteUtf8.Of($"the file ends in an incomplete UTF-8 character; {cut} trailing byte(s) dropped"));
                return new DecodedText(truncated, "UTF-8", warnings);
            }
        }

        if (TryDecode(Gb18030Strict.Value, bytes, out var gb))
        {
            return new DecodedText(gb, "GB18030", warnings);
        }

        return DecodeUtf8(bytes, "UTF-8", warnings);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string name, List<Diagnostic> warnings)
    {
        if (TryDecode(Utf8Strict, bytes, out var text))
        {
            return new DecodedText(text, name, warnings);
        }

        // Each invalid sequence becomes one U+FFFD, as the decoder replaces it (Unicode §3.9, maximal subparts).
        var (count, line) = (0, 0);
        var lines = 1;
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                count++;
                line = line == 0 ? lines : line;
            }

            lines += NewLines(bytes, i, consumed);
            i += consumed;
        }

        warnings.Add(DiagnosticKinds.UndecodableBytes.At(line, Replaced(count, line, "undecodable byte sequence(s)", " (neither valid UTF-8 nor GB18030)")));
        return new DecodedText(Encoding.UTF8.GetString(bytes), name, warnings);
    }

    /// <summary>UTF-16: a surrogate without its pair (or an odd last byte) becomes U+FFFD, with one warning that counts them.</summary>
    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, List<Diagnostic> warnings)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var (count, line) = (0, 0);
        var lines = 1;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var c = Unit(bytes, i, bigEndian);
            if (char.IsHighSurrogate(c) && i + 3 < bytes.Length && char.IsLowSurrogate(Unit(bytes, i + 2, bigEndian)))
            {
                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                count++;
                line = line == 0 ? lines : line;
            }
            else if (c == '\n' || (c == '\r' && !(i + 3 < bytes.Length && Unit(bytes, i + 2, bigEndian) == '\n')))
            {
                lines++;
            }
        }

        if (bytes.Length % 2 == 1)
        {
            count++;
            line = line == 0 ? lines : line;
        }

        if (count > 0)
        {
            warnings.Add(DiagnosticKinds.LoneSurrogates.At(line, Replaced(count, line, "lone UTF-16 surrogate(s) or odd trailing byte", string.Empty)));
        }

        return new DecodedText(encoding.GetString(bytes), bigEndian ? "UTF-16BE" : "UTF-16LE", warnings);
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int i, bool bigEndian) =>
        (char)(bigEndian ? (bytes[i] << 8) | bytes[i + 1] : (bytes[i + 1] << 8) | bytes[i]);

    private static string Replaced(int count, int line, string what, string why) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {what} replaced with U+FFFD, the first on line {line}{why}");

    /// <summary>The line ends (LF, CR, CRLF — as <see cref="WhitespaceNormalizer"/> counts lines) among the <paramref name="count"/> bytes at <paramref name="start"/>.</summary>
    private static int NewLines(ReadOnlySpan<byte> bytes, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                n++;
            }
        }

        return n;
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>UTF-16 without a BOM shows as a NUL in every other byte for ASCII-heavy text.</summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        var sample = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < sample; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNul++;
                }
                else
                {
                    oddNul++;
                }
            }
        }

        var pairs = sample / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05)
        {
            return Encoding.Unicode;
        }

        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static void RejectIfMostlyControl(string text)
    {
        int control = 0, total = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            total++;
            if (char.IsControl(c) || c == '\uFFFD' || c == '\0')
            {
                control++;
            }
        }

        if (total == 0)
        {
            throw new InputRejectedException("the file holds only white space");
        }

        if (control > total * 0.1)
        {
            throw new InputRejectedException($"not a text report: {control} of {total} characters are control characters or undecodable bytes");
        }
    }
}
