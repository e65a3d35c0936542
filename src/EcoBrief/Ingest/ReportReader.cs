using EcoBrief.Diagnostics;
using EcoBrief.IO;

namespace EcoBrief.Ingest;

/// <summary>The ingest stage: bytes or text in, an <see cref="IngestedReport"/> out.</summary>
public static class ReportReader
{
    /// <summary>Reads and cleans a report file; throws <see cref="InputRejectedException"/> with a one-line reason.</summary>
    public static IngestedReport ReadFile(string path)
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

        try
        {
            return Read(bytes, SourceFormats.FromPath(path));
        }
        catch (InputRejectedException e)
        {
            throw new InputRejectedException(path, e.Message, e);
        }
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
        var bag = new DiagnosticBag();
        if (diagnostics is not null)
        {
            bag.AddRange(diagnostics);
        }

        var lines = WhitespaceNormalizer.SplitLines(text, out var controls);
        if (controls > 0)
        {
            bag.Add(DiagnosticKinds.ControlCharacters.Of($"{controls} control character(s) removed"));
        }

        // Markdown first: its comments are captions, not a sign that the text is a page's markup.
        var markdownChrome = new List<ChromeLine>();
        FrontMatter? front = null;
        if (format == SourceFormat.Markdown || MarkdownSyntax.Shows(lines))
        {
            lines = MarkdownSyntax.ToPlainLines(lines, markdownChrome, out front, out var invalid);
            if (invalid)
            {
                bag.Add(DiagnosticKinds.InvalidFrontMatter.Of("the front matter is not valid YAML: its lines are left out and its title and source are not read"));
            }
        }

        lines = HtmlResidue.Remove(lines, out var tags);
        if (tags > 0)
        {
            bag.Add(DiagnosticKinds.HtmlMarkup.Of($"the text is a web page's markup: {tags} tag(s) removed"));
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

        return new IngestedReport(text, encodingName, body, chrome, bag.Diagnostics, front);
    }
}
