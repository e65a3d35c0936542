using System.CommandLine;
using System.Text;
using EcoBrief.Build;
using EcoBrief.Pipeline;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Commands;

/// <summary><c>ecobrief render FILE --template summary|handout --format md|html [-o OUT]</c>.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The report." };
        var template = new Option<string>("--template", "-t") { Description = "Template: summary, handout, or a file name in --templates.", DefaultValueFactory = _ => "summary" };
        var format = new Option<string>("--format", "-f") { Description = "md or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = SharedOptions.OutputFile("Write here instead of stdout.");
        var templates = SharedOptions.Templates();
        var preset = SharedOptions.Preset();
        var verbose = SharedOptions.Verbose();
        var command = new Command("render", "Render one report through a template to Markdown or HTML.") { file, template, format, output, templates, preset, verbose };
        command.SetAction(parse => CommandErrors.Run(stderr, parse.GetValue(verbose), () =>
        {
            var source = parse.GetValue(file)!;
            var loader = TemplateLoader.For(parse.GetValue(templates));
            var publisher = new BuildPipeline(OutputFormats.Registry(), new TemplateEvaluator(loader), parse.GetValue(preset));
            var document = publisher.Document(publisher.Extract(ReportInput.Load(source)), parse.GetValue(template)!);
            using var bytes = new MemoryStream();
            publisher.Writers.Find(parse.GetValue(format)!)!.Write(document, bytes);
            if (parse.GetValue(output) is { } path)
            {
                BuildGuard.Inputs([source], parse.GetValue(templates), templatesRead: loader.FilesRead).Check(path);
                AtomicFile.WriteAllBytes(path, bytes.ToArray());
            }
            else
            {
                stdout.Write(Encoding.UTF8.GetString(bytes.ToArray()));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
