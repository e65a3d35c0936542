using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.IO;

namespace EcoBrief.Extraction;

/// <summary>
/// The text of a corrections sidecar, read through the guarded reader (<see cref="RegularFile"/>: a
/// regular file only, at most <see cref="InputLimits.Corrections"/>) and decoded as its report is
/// (<see cref="TextDecoder"/>: UTF-8 with or without a BOM, UTF-16, GB18030/GBK).
/// </summary>
/// <remarks>
/// Why decode GB18030 rather than refuse it, as a template is refused: a sidecar belongs to one
/// report, and its words (a title, a heading to find, an item to drop) must match that report's
/// text; the user writes it in the editor the report was saved from, and Notepad's "ANSI" on a
/// Chinese Windows is GBK. A template is a program shared by every report, where a guessed encoding
/// would be a silent error in every output. What the decoder could only replace (bytes that are
/// neither UTF-8 nor GB18030) is refused, unlike in a report: a correction with U+FFFD in it is never
/// what the user meant, and it would fill a title with it.
/// </remarks>
internal static class CorrectionsFile
{
    /// <exception cref="InputRejectedException">Not a regular file, too large, unreadable, or not text: one line naming the file.</exception>
    public static string Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, InputLimits.Corrections, "corrections file");
        }
        catch (FileRejectedException e)
        {
            throw new InputRejectedException(path, $"{e.Why}; a corrections file must be a regular file", e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // It was there a moment ago, or is a link to nothing.
            throw new InputRejectedException(path, "the corrections file is a link to a file that does not exist (or was just removed)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputRejectedException(path, "the corrections file cannot be read: permission denied", e);
        }
        catch (IOException e)
        {
            throw new InputRejectedException(path, $"the corrections file cannot be read ({e.Message})", e);
        }

        return Decode(bytes, path);
    }

    /// <summary>The sidecar's text: empty bytes are no corrections; what is not text in one of the report encodings is refused.</summary>
    /// <exception cref="InputRejectedException">Binary, or bytes the decoder could only replace.</exception>
    public static string Decode(byte[] bytes, string origin)
    {
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes);
        }
        catch (InputRejectedException e)
        {
            throw new InputRejectedException(origin, $"not a corrections file: {e.Message}", e);
        }

        if (decoded.Diagnostics.Count > 0)
        {
            throw new InputRejectedException(origin, $"the corrections file is not UTF-8, UTF-16 or GB18030 text: {decoded.Diagnostics[0].Message}; save it as UTF-8", null);
        }

        return decoded.Text;
    }
}
