using System.CommandLine;
using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Serialization;
using EcoBrief.Writers;

namespace EcoBrief.Cli.Commands;

/// <summary><c>ecobrief build [SOURCES…]</c>: every report into <c>output/&lt;name&gt;/</c>.</summary>
internal static class BuildCommand
{
    private static readonly Argument<string[]> Sources = new("sources") { Description = "Report files (default: seeds/*.txt).", Arity = ArgumentArity.ZeroOrMore };
    private static readonly Option<string> Output = new("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "output" };
    private static readonly Option<string> Formats = new("--formats") { Description = "Comma-separated outputs: json (briefing.json), pdf (summary.pdf, handout.pdf), docx (handout.docx), md (summary.md, handout.md), html (summary.html, handout.html).", DefaultValueFactory = _ => "json" };
    private static readonly Option<string?> ReferenceDocx = new("--reference-docx") { Description = "A Word file whose styles, page setup, header and footer the handout takes." };
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces on errors." };

    private static readonly HashSet<string> KnownFormats = new(StringComparer.Ordinal) { "json", "md", "html", "pdf", "docx" };

    private static readonly string[] Templates = ["summary", "handout"];

    public static IEnumerable<Option> Options => [Output, Formats, ReferenceDocx, Verbose];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("build", "Build the briefings of one or more reports (default: every seeds/*.txt).") { Sources, Output, Formats, ReferenceDocx, Verbose };
        command.SetAction(parse => Execute(parse, stdout, stderr));
        return command;
    }

    public static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        var formats = parse.GetValue(Formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = formats.Where(f => !KnownFormats.Contains(f)).ToList();
        if (unknown.Count > 0 || formats.Length == 0)
        {
            stderr.WriteLine($"ecobrief: unknown format(s) '{string.Join(",", unknown)}'; known: {string.Join(",", KnownFormats)}");
            return ExitCodes.UsageError;
        }

        return CommandErrors.Run(stderr, parse.GetValue(Verbose), () =>
        {
            var sources = parse.GetValue(Sources) is { Length: > 0 } given ? given : DefaultSources();
            if (sources.Length == 0)
            {
                throw new InputRejectedException("no sources given and no seeds/*.txt found in the current folder");
            }

            var outputRoot = parse.GetValue(Output)!;
            foreach (var source in sources)
            {
                var briefing = BriefingExtractor.ExtractFile(source);
                var name = Path.GetFileNameWithoutExtension(source);
                var dir = Path.Combine(outputRoot, name);
                // Render everything in memory first: a failing template leaves the previous outputs untouched.
                var files = new List<(string Path, byte[] Bytes)>();
                if (formats.Contains("json"))
                {
                    files.Add((Path.Combine(dir, "briefing.json"), Encoding.UTF8.GetBytes(BriefingJson.Serialize(briefing))));
                }

                foreach (var template in Templates)
                {
                    if (!formats.Contains("md") && !formats.Contains("html") && !formats.Contains("pdf") && !formats.Contains("docx"))
                    {
                        break;
                    }

                    var document = DocumentBuilder.BuiltIn.Build(briefing, template, Path.GetFileName(source));
                    if (formats.Contains("md"))
                    {
                        files.Add((Path.Combine(dir, template + ".md"), Encoding.UTF8.GetBytes(document.Markdown)));
                    }

                    if (formats.Contains("pdf"))
                    {
                        var pdf = EcoBrief.Pdf.PdfWriter.Write(document);
                        files.Add((Path.Combine(dir, template + ".pdf"), pdf.Bytes));
                        foreach (var w in pdf.Warnings.Distinct())
                        {
                            stderr.WriteLine($"ecobrief: warning: {name}: {template}.pdf: {w}");
                        }
                    }

                    if (formats.Contains("docx") && template == "handout")
                    {
                        files.Add((Path.Combine(dir, "handout.docx"), EcoBrief.Docx.DocxWriter.Write(document, new EcoBrief.Docx.DocxWriterOptions { ReferenceDocx = parse.GetValue(ReferenceDocx) })));
                    }

                    if (formats.Contains("html"))
                    {
                        files.Add((Path.Combine(dir, template + ".html"), Encoding.UTF8.GetBytes(HtmlWriter.Write(document))));
                    }
                }

                foreach (var (path, content) in files)
                {
                    AtomicFile.WriteAllBytes(path, content);
                }

                stdout.WriteLine($"{name}: {briefing.Achievements.Count} achievements, {briefing.Challenges.Count} challenges, {briefing.Tasks.Count} tasks, {briefing.Figures.Count} figures, {briefing.Warnings.Count} warnings -> {string.Join(", ", files.Select(f => Path.GetFileName(f.Path)))} in {dir}");
                foreach (var w in briefing.Warnings)
                {
                    stderr.WriteLine($"ecobrief: warning: {name}: {w}");
                }
            }

            return ExitCodes.Ok;
        });
    }

    private static string[] DefaultSources() =>
        Directory.Exists("seeds")
            ? [.. Directory.GetFiles("seeds", "*.txt").Order(StringComparer.Ordinal)]
            : [];
}
