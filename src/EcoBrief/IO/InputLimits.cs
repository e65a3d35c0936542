using System.Globalization;

namespace EcoBrief.IO;

/// <summary>
/// The largest input of each kind EcoBrief reads: bigger files are refused before they are read, so
/// no input can exhaust memory. The source's limit can be raised with <see cref="SourceVariable"/>.
/// </summary>
public static class InputLimits
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>The environment variable that raises (or lowers) the source limit, in megabytes.</summary>
    public const string SourceVariable = "ECOBRIEF_MAX_SOURCE_MB";

    /// <summary>A report's text: 64 MB by default (the seed is 50 KB; a year of a province's reports is a few MB).</summary>
    public const long DefaultSource = 64 * Megabyte;

    /// <summary>
    /// What a source in a container — a Word file's parts, a PDF's streams — may unpack to, in all: 256 MB
    /// (a report's Word body is a few MB inflated, a PDF's fonts and pages as much), so a 1 MB file that
    /// inflates to gigabytes is refused before it is unpacked, or as soon as it passes the cap.
    /// </summary>
    public const long SourceUnpacked = 256 * Megabyte;

    /// <summary>The most entries a Word file (a ZIP package) may hold: a report has a few dozen parts, pictures included.</summary>
    public const int SourceZipEntries = 10_000;

    /// <summary>The most characters a PDF's text layer may draw on one page (a dense A4 page of small print draws about 10,000).</summary>
    public const int PdfPageCharacters = 100_000;

    /// <summary>The most characters a PDF's text layer may draw in all (a 1,000-page volume draws about a million).</summary>
    public const int PdfCharacters = 4_000_000;

    /// <summary>A main template or partial.</summary>
    public const long Template = 1 * Megabyte;

    /// <summary>A corrections sidecar (<c>NAME.ecobrief.yml</c>): corrections are a few lines.</summary>
    public const long Corrections = 1 * Megabyte;

    /// <summary>A pairs file (<c>compare.pairs</c>): one line per pair of reports.</summary>
    public const long Pairs = 1 * Megabyte;

    /// <summary>A reference Word document, as a file.</summary>
    public const long ReferenceDocx = 32 * Megabyte;

    /// <summary>Each part of a reference document, once inflated (styles.xml, document.xml, a header or footer).</summary>
    public const long ReferenceDocxPart = 16 * Megabyte;

    /// <summary>A font file a template names (a whole CJK collection is ~30 MB).</summary>
    public const long Font = 128 * Megabyte;

    /// <summary>The source limit in force: <see cref="SourceVariable"/> when set, else <see cref="DefaultSource"/>.</summary>
    /// <exception cref="ArgumentException">The variable is not a whole number of megabytes from 1 to 1048576.</exception>
    public static long Source => ParseSource(Environment.GetEnvironmentVariable(SourceVariable));

    /// <summary>The source limit a value of <see cref="SourceVariable"/> sets (null or empty: the default).</summary>
    /// <exception cref="ArgumentException">Not a whole number of megabytes from 1 to 1048576.</exception>
    public static long ParseSource(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return DefaultSource;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb is >= 1 and <= 1024 * 1024
            ? mb * Megabyte
            : throw new ArgumentException($"{SourceVariable}={value} is not a whole number of megabytes from 1 to 1048576");
    }

    /// <summary>A size for messages: <c>64 MB</c>, <c>512 KB</c>.</summary>
    public static string Describe(long bytes) =>
        bytes >= Megabyte && bytes % Megabyte == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / Megabyte} MB")
        : bytes >= Megabyte ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
