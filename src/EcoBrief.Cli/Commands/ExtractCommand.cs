using System.CommandLine;
using EcoBrief.Model;
using EcoBrief.Pipeline;
using EcoBrief.Serialization;

namespace EcoBrief.Cli.Commands;

/// <summary><c>ecobrief extract FILE [--json]</c>: the extracted model, as JSON on stdout or as a readable outline.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The report: plain text (UTF-8/UTF-16/GB18030), Markdown, a Word file (.docx), a PDF or a saved web page (.html, .mhtml)." };
        var json = new Option<bool>("--json") { Description = "Print the briefing model as JSON (stdout carries only the JSON)." };
        var explain = new Option<bool>("--explain") { Description = "Print how the report was read: its parts and their roles, the list chosen in each and the candidates it beat, the passage of problems." };
        var verbose = SharedOptions.Verbose();
        var command = new Command("extract", "Extract the briefing model from one report.") { file, json, explain, verbose };
        command.SetAction(parse => CommandErrors.Run(stderr, parse.GetValue(verbose), () =>
        {
            var explanation = parse.GetValue(explain) ? new List<string>() : null;
            var briefing = new BuildPipeline(OutputFormats.Registry()).Extract(ReportInput.Load(parse.GetValue(file)!), explanation).Briefing;
            if (explanation is not null)
            {
                foreach (var line in explanation)
                {
                    stdout.WriteLine(line);
                }

                if (!parse.GetValue(json))
                {
                    stdout.WriteLine();
                }
            }

            if (parse.GetValue(json))
            {
                stdout.Write(BriefingJson.Serialize(briefing));
            }
            else
            {
                WriteOutline(stdout, briefing);
            }

            DiagnosticLines.Print(stderr, briefing.Diagnostics, subject: null);

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteOutline(TextWriter o, Briefing b)
    {
        o.WriteLine($"标题  {b.Meta.Title}");
        o.WriteLine($"讲话人 {b.Meta.Role}{b.Meta.Speaker}");
        o.WriteLine($"会议  {b.Meta.Occasion}");
        o.WriteLine($"日期  {b.Meta.Published}");
        o.WriteLine($"来源  {b.Meta.Publication}");
        Section(o, "成绩", b.Achievements);
        Section(o, "问题与挑战", b.Challenges);
        Section(o, "战略重点", b.Priorities);
        Section(o, "重点任务", b.Tasks);
        o.WriteLine();
        o.WriteLine($"关键数据（{b.Figures.Count}）");
        foreach (var f in b.Figures.Take(12))
        {
            o.WriteLine($"  {f.Label}：{f.Text}{(f.Change is null ? string.Empty : $"（{f.Change}）")}  [{Place(f.Span)}]");
        }
    }

    /// <summary>行 12 in a text file; 第3页第12行 in a PDF, 第12段 in a Word file.</summary>
    private static string Place(SourceSpan span) => span.Place?.Label ?? $"行 {span.Line}";

    private static void Section(TextWriter o, string name, IReadOnlyList<BriefingItem> items)
    {
        o.WriteLine();
        o.WriteLine($"{name}（{items.Count}）");
        for (var i = 0; i < items.Count; i++)
        {
            o.WriteLine($"  {i + 1}. {items[i].Title}  [{Place(items[i].Span)}]");
        }
    }
}
