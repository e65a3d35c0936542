using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EcoBrief.Build;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.IO;
using EcoBrief.Publishing;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Commands;

/// <summary>The options <c>build</c> and <c>check</c> share, so both mean the same output.</summary>
internal sealed class BuildOptionSet
{
    public Argument<string[]> Sources { get; } = new("sources") { Description = "Report files (default: every seeds/*.txt).", Arity = ArgumentArity.ZeroOrMore };

    public Option<string> Output { get; } = SharedOptions.OutputFolder("Output folder; each report goes to OUTPUT/<name>/.", "output");

    public Option<string> Formats { get; } = new("--formats") { Description = "Comma-separated: pdf (summary.pdf), docx (handout.docx), json (briefing.json), md, html and txt (every template's), all, or file names such as handout.pdf; a template of --templates is built as pdf and docx too.", DefaultValueFactory = _ => OutputFormats.Default };

    public Option<string?> Templates { get; } = SharedOptions.Templates();

    public Option<string?> Preset { get; } = SharedOptions.Preset();

    public Option<string?> ReferenceDocx { get; } = SharedOptions.ReferenceDocx();

    public Option<int> Jobs { get; } = new("--jobs", "-j") { Description = "Reports built at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<bool> Verbose { get; } = SharedOptions.Verbose("Log every stage; stack traces on errors.");

    public Option<string?> Pairs { get; } = new("--pairs") { Description = "A file of pairs of reports to compare too, one 'OLD.txt -> NEW.txt' a line, into OUTPUT/compare/<old>--<new>/ (default with no sources: seeds/compare.pairs, when it exists)." };

    public BuildOptionSet()
    {
        Jobs.Validators.Add(r =>
        {
            // A word that is not a number is the parser's error already (and GetValueOrDefault would throw).
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, CultureInfo.InvariantCulture, out var jobs) && jobs < 1)
            {
                r.AddError("--jobs must be at least 1");
            }
        });
        Formats.Validators.Add(r =>
        {
            IReadOnlyList<string> templates;
            try
            {
                // File names are checked against the templates that will be built.
                templates = TemplateCatalog.ReportTemplates(TemplateLoader.For(r.GetValue(Templates)));
            }
            catch (TemplateException)
            {
                // A templates folder that is not there is the build's error, named as such.
                return;
            }

            var writers = OutputFormats.Registry();
            var files = OutputSet.Parse(r.GetValueOrDefault<string>() ?? string.Empty, templates, writers, ReportPublisher.DataFile, out var unknown);
            var known = OutputSet.Known(templates, writers, ReportPublisher.DataFile);
            if (unknown.Count > 0)
            {
                r.AddError($"unknown format(s) '{string.Join(",", unknown)}'; known: {known}");
            }
            else if (files.FileNames.Count == 0)
            {
                r.AddError($"--formats names no file; known: {known}");
            }
        });
    }

    /// <summary>
    /// Sources that look like options: a word starting with '-' that no option took is an unknown
    /// option (the sources argument would swallow it), unless it comes after <c>--</c>, which makes
    /// everything after it a source (POSIX utility syntax guideline 10).
    /// </summary>
    public IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        var sources = parse.GetResult(Sources)?.Tokens ?? [];
        foreach (var token in parse.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash))
        {
            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-') && sources.Any(s => ReferenceEquals(s, token)))
            {
                yield return $"unrecognized option '{token.Value}'";
            }
        }
    }

    public void AddTo(Command command, bool withSources = true)
    {
        if (withSources)
        {
            command.Arguments.Add(Sources);
        }

        foreach (var o in (Option[])[Output, Formats, Templates, Preset, ReferenceDocx, Jobs, Pairs, Verbose])
        {
            command.Options.Add(o);
        }
    }

    /// <exception cref="InputRejectedException">SOURCE_DATE_EPOCH is malformed: the build fails once, before any report.</exception>
    public BuildOptions Read(ParseResult parse)
    {
        _ = ReproducibleDate.FromEnvironment();
        try
        {
            _ = InputLimits.Source;
        }
        catch (ArgumentException e)
        {
            throw new InputRejectedException(e.Message);
        }

        return new(
            parse.GetValue(Formats)!,
            parse.GetValue(Output)!,
            OutputFormats.Registry(parse.GetValue(ReferenceDocx)),
            parse.GetValue(Templates),
            parse.GetValue(Preset));
    }

    /// <summary>
    /// The pairs of reports to compare: those of <c>--pairs FILE</c>; with neither that nor sources
    /// (the main job), those of <c>seeds/compare.pairs</c> when it exists; else none.
    /// </summary>
    /// <exception cref="InputRejectedException">The pairs file is wrong, or a report's folder would be the comparisons' folder.</exception>
    public List<ComparisonPair> ReadPairs(ParseResult parse, IReadOnlyList<string> sources) =>
        ComparisonPairs.ForBuild(parse.GetValue(Pairs), GivenSources(parse).Length > 0, sources, parse.GetValue(Output)!);

    /// <summary>The pairs file a build reads: <c>--pairs FILE</c>; with neither that nor sources, <c>seeds/compare.pairs</c> when it exists; else null.</summary>
    public string? PairsFile(ParseResult parse) => ComparisonPairs.FileForBuild(parse.GetValue(Pairs), GivenSources(parse).Length > 0);

    /// <summary>The sources given, else every seeds/*.txt in name order.</summary>
    /// <exception cref="InputRejectedException">There are none, or two would be built into one folder.</exception>
    public string[] ReadSources(ParseResult parse) => BuildSources.Resolve(GivenSources(parse), parse.GetValue(Output)!);

    private string[] GivenSources(ParseResult parse) => parse.GetResult(Sources)?.GetValueOrDefault<string[]>() ?? [];
}
