using EcoBrief.Diagnostics;
using EcoBrief.IO;

namespace EcoBrief.Ingest;

/// <summary>The ingest stage: a file, bytes or text in, an <see cref="IngestedReport"/> out.</summary>
public static class ReportReader
{
    /// <summary>Reads and cleans a report file; throws <see cref="InputRejectedException"/> with a one-line reason.</summary>
    public static IngestedReport ReadFile(string path) => SourceReaders.Default.Read(Load(path));

    /// <summary>
    /// The bytes of a report file, as a <see cref="ReportSource"/>: where a report is read from disk.
    /// Throws <see cref="InputRejectedException"/> naming the path and why (missing, a directory, too big…).
    /// </summary>
    public static ReportSource Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputRejectedException(path, "is a directory, not a report file", null);
        }

        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, InputLimits.Source, "source");
        }
        catch (FileNotFoundException e)
        {
            throw new InputRejectedException(path, "no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new InputRejectedException(path, "no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputRejectedException(path, "permission denied", e);
        }
        catch (FileRejectedException e)
        {
            // Not a regular file, or too big: the message names the path and why.
            throw new InputRejectedException(path, e.Reason == FileRejection.TooLarge ? $"{e.Why} ({InputLimits.SourceVariable}=MEGABYTES raises it)" : e.Why, e);
        }
        catch (IOException e)
        {
            throw new InputRejectedException(path, $"cannot be read ({e.Message})", e);
        }
        catch (ArgumentException e)
        {
            throw new InputRejectedException(e.Message);
        }

        return new ReportSource(path, bytes);
    }

    /// <summary>Decodes and cleans a report's bytes; <paramref name="format"/> is what the file's extension says (see <see cref="SourceFormats.FromPath"/>).</summary>
    public static IngestedReport Read(ReadOnlySpan<byte> bytes, SourceFormat format = SourceFormat.Text)
    {
        var decoded = TextDecoder.Decode(bytes);
        return Clean(decoded.Text, decoded.EncodingName, decoded.Diagnostics, format);
    }

    /// <summary>Cleans text that is already decoded.</summary>
    public static IngestedReport Clean(string text, string encodingName = "UTF-16 (string)", IReadOnlyList<Diagnostic>? diagnostics = null, SourceFormat format = SourceFormat.Text)
    {
        var lines = WhitespaceNormalizer.SplitLines(text, out var controls);
        return CleanSplit(lines, controls, text, encodingName, diagnostics, format, SourceMap.TextLines);
    }

    /// <summary>
    /// Cleans the lines a reader of a container took out of it (a Word file's paragraphs, a PDF's
    /// paragraphs, a page's article) as the lines of a text file are cleaned: white space, what a page's
    /// markup leaves, punctuation, chrome — so the report reads the same whatever it came in.
    /// </summary>
    /// <param name="raw">The lines, in order, each with its number in the source (<paramref name="map"/>).</param>
    /// <param name="original">The text as the reader found it, before cleaning.</param>
    /// <param name="readAs">How it was read, for messages: <c>PDF</c>, <c>Word (.docx)</c>, <c>HTML (GB18030)</c>.</param>
    /// <param name="diagnostics">What the reader found.</param>
    /// <param name="format">The source's format: a page's article is never read as markup again.</param>
    /// <param name="map">What the lines' numbers count.</param>
    internal static IngestedReport CleanLines(IEnumerable<SourceLine> raw, string original, string readAs, IReadOnlyList<Diagnostic>? diagnostics, SourceFormat format, SourceMap map)
    {
        var controls = 0;
        var lines = new List<SourceLine>();
        foreach (var line in raw)
        {
            var removed = 0;
            var text = WhitespaceNormalizer.Normalize(line.Text, ref removed);
            controls += removed;
            if (text.Length > 0)
            {
                lines.Add(text == line.Text ? line : line with { Text = text });
            }
        }

        return CleanSplit(lines, controls, original, readAs, diagnostics, format, map);
    }

    private static IngestedReport CleanSplit(List<SourceLine> lines, int controls, string original, string encodingName, IReadOnlyList<Diagnostic>? diagnostics, SourceFormat format, SourceMap map)
    {
        var bag = new DiagnosticBag();
        if (diagnostics is not null)
        {
            bag.AddRange(diagnostics);
        }

        if (controls > 0)
        {
            bag.Add(DiagnosticKinds.ControlCharacters.Of($"{controls} control character(s) removed"));
        }

        // Markdown first: its comments are captions, not a sign that the text is a page's markup.
        var markdownChrome = new List<ChromeLine>();
        FrontMatter? front = null;
        if (format == SourceFormat.Markdown || (format != SourceFormat.Html && MarkdownSyntax.Shows(lines)))
        {
            lines = MarkdownSyntax.ToPlainLines(lines, markdownChrome, out front, out var invalid);
            if (invalid)
            {
                bag.Add(DiagnosticKinds.InvalidFrontMatter.Of("the front matter is not valid YAML: its lines are left out and its title and source are not read"));
            }
        }

        if (format != SourceFormat.Html)
        {
            // A page's article is text already; anything else may still be a page's markup saved as text.
            lines = HtmlResidue.Remove(lines, out var tags);
            if (tags > 0)
            {
                bag.Add(DiagnosticKinds.HtmlMarkup.Of($"the text is a web page's markup: {tags} tag(s) removed"));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i] with { Text = PunctuationNormalizer.Normalize(lines[i].Text) };
        }

        var (body, chrome) = ChromeFilter.Split(lines);
        if (body.Count == 0)
        {
            throw new InputRejectedException("no report text is left once web-page chrome is removed");
        }

        if (markdownChrome.Count > 0)
        {
            chrome = [.. chrome.Concat(markdownChrome).OrderBy(c => c.Line)];
        }

        return new IngestedReport(original, encodingName, body, chrome, bag.Diagnostics, front, map);
    }
}
