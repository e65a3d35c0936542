using System.CommandLine;
using System.Globalization;
using EcoBrief.Build;
using EcoBrief.Pdf;
using EcoBrief.Pipeline;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Commands;

/// <summary><c>ecobrief preview SOURCE</c>: PNG images of the pages, for a quick look or a pull-request comment.</summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext cli)
    {
        var source = new Argument<string>("source") { Description = "The report." };
        var template = new Option<string>("--template", "-t") { Description = "summary or handout (or a template in --templates).", DefaultValueFactory = _ => "summary" };
        var page = new Option<int?>("--page") { Description = "Only this page (1-based)." };
        var dpi = new Option<int>("--dpi") { Description = "Resolution of the images.", DefaultValueFactory = _ => 100 };
        dpi.Validators.Add(r =>
        {
            // A word that is not a number is the parser's error already (and GetValueOrDefault would throw).
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, CultureInfo.InvariantCulture, out var dpi) && dpi is < 10 or > 600)
            {
                r.AddError("--dpi must be between 10 and 600");
            }
        });
        var output = SharedOptions.OutputFolder("Folder for the PNG files.", Path.Combine("output", "preview"));
        var templates = SharedOptions.Templates();
        var preset = SharedOptions.Preset();
        var verbose = SharedOptions.Verbose();
        var command = new Command("preview", "Draw the pages of a briefing as PNG images.") { source, template, page, dpi, output, templates, preset, verbose };
        command.SetAction(parse => CommandErrors.Run(cli.Err, parse.GetValue(verbose), () =>
        {
            var file = parse.GetValue(source)!;
            var name = parse.GetValue(template)!;
            var loader = TemplateLoader.For(parse.GetValue(templates));
            var publisher = new BuildPipeline(OutputFormats.Registry(), new TemplateEvaluator(loader), parse.GetValue(preset));
            var document = publisher.Document(publisher.Extract(ReportInput.Load(file)), name);
            var folder = parse.GetValue(output)!;
            var pages = PngPreview.Render(document, parse.GetValue(dpi), parse.GetValue(page))
                .Select(p => (Path: Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(name))}-{p.Page}.png"), p.Png)).ToList();
            BuildGuard.Inputs([file], parse.GetValue(templates), templatesRead: loader.FilesRead).CheckAll(pages.Select(p => p.Path));
            foreach (var (path, png) in pages)
            {
                AtomicFile.WriteAllBytes(path, png);
                cli.Out.WriteLine(EcoBrief.IO.DisplayPath.Escape(path));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
