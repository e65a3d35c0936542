using System.Text;

namespace EcoBrief.Templating;

/// <summary>
/// The text of a template file. A template is a program, and like a compiler's source (Python's
/// "Non-UTF-8 code starting with …", Go's "invalid UTF-8 encoding") it must be UTF-8, or carry a
/// byte order mark: a template saved as GB18030/GBK (Notepad's "ANSI" on a Chinese Windows) is
/// refused with its place, never decoded by a guess that could turn its headings into mojibake.
/// </summary>
internal static class TemplateText
{
    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> (UTF-8, or UTF-16/32 with a BOM); <paramref name="path"/> names the file in the error.</summary>
    /// <exception cref="TemplateException">The bytes are not valid UTF-8: <c>path(line,col): …</c>.</exception>
    public static string Decode(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 or UTF-32 with its BOM: the mark says what it is.
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var invalid = System.Text.Unicode.Utf8.IsValid(span) ? -1 : FirstInvalid(span);
        if (invalid < 0)
        {
            return Utf8Strict.GetString(span);
        }

        var (line, column) = Place(span, invalid);
        var hint = IsGb18030(span) ? "; it reads as GB18030/GBK: save it as UTF-8 (iconv -f GB18030 -t UTF-8)" : "; save it as UTF-8";
        throw new TemplateException($"{path}({line},{column}): the template is not UTF-8 (byte 0x{span[invalid]:X2}){hint}");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed))
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    /// <summary>The 1-based line and column (in characters) of byte <paramref name="offset"/>.</summary>
    private static (int Line, int Column) Place(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    private static bool IsGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            _ = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
