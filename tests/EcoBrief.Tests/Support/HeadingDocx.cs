using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Chinese;

namespace EcoBrief.Tests.Support;

/// <summary>
/// A report's text as a Word file whose headings are marked as Word marks them, built with the Open XML
/// SDK: each line a paragraph, a line that opens with 一、 a heading of level 1, one that opens with （一）
/// a heading of level 2, by one of the ways Word says so (<see cref="HeadingMarks"/>).
/// </summary>
internal static partial class HeadingDocx
{
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex Part();

    [GeneratedRegex(@"^（(?<n>[一二三四五六七八九十]{1,3})）")]
    private static partial Regex Section();

    /// <summary>How the headings are marked.</summary>
    public enum HeadingMarks
    {
        /// <summary>The built-in styles heading 1 and heading 2 (by their names: the styles say no outline level), numbers typed.</summary>
        TypedStyled,

        /// <summary>Styles of Word's Chinese names (标题 1, 标题 2) with <c>w:outlineLvl</c> 0 and 1 and no numbers typed: each style numbers its paragraphs from one multilevel list (chineseCounting, <c>%1、</c>, <c>（%2）</c>), a number that starts again a list instance with a start override.</summary>
        AutomaticStyled,

        /// <summary>No heading style: each heading paragraph's own <c>w:outlineLvl</c>, numbers typed.</summary>
        TypedOutlineLevel,
    }

    /// <summary>The text of <paramref name="path"/> as a Word file whose headings are marked as <paramref name="marks"/> says.</summary>
    public static byte[] Build(string path, HeadingMarks marks)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var automatic = marks == HeadingMarks.AutomaticStyled;
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(marks);
            var instances = new List<(int Level, int Start)>();
            var body = new Body();
            int[] counters = [0, 0];
            var current = 1;
            foreach (var line in lines)
            {
                var (level, match) = Part().Match(line) is { Success: true } p ? (0, p) : Section().Match(line) is { Success: true } s ? (1, s) : (-1, Match.Empty);
                if (level < 0)
                {
                    body.Append(Text(new Paragraph(), line));
                    continue;
                }

                var n = ChineseNumeral.Parse(match.Groups["n"].ValueSpan);
                if (automatic && n != counters[level] + 1)
                {
                    instances.Add((level, n));
                    current = instances.Count + 1;
                }

                counters[level] = n;
                if (level == 0)
                {
                    counters[1] = 0;
                }

                var properties = new ParagraphProperties();
                if (marks == HeadingMarks.TypedOutlineLevel)
                {
                    properties.Append(new OutlineLevel { Val = level });
                }
                else
                {
                    properties.Append(new ParagraphStyleId { Val = StyleId(level) });
                    if (automatic && current != 1)
                    {
                        properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = current }));
                    }
                }

                body.Append(Text(new Paragraph(properties), automatic ? line[match.Length..].TrimStart(' ', '\u3000') : line));
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            if (automatic)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering(instances);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Paragraphs as a Word file: each of level 1 or 2 styled heading 1 or heading 2, each of level 0 body text.</summary>
    public static byte[] FromParagraphs(params (string Text, int Level)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(HeadingMarks.TypedStyled);
            var body = new Body();
            foreach (var (text, level) in paragraphs)
            {
                body.Append(Text(level == 0 ? new Paragraph() : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleId(level - 1) })), text));
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }

    private static string StyleId(int level) => level == 0 ? "Heading1" : "Heading2";

    private static Paragraph Text(Paragraph paragraph, string text)
    {
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Styles Styles(HeadingMarks marks)
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        if (marks == HeadingMarks.TypedOutlineLevel)
        {
            return styles;
        }

        for (var level = 0; level < 2; level++)
        {
            var properties = new StyleParagraphProperties();
            if (marks == HeadingMarks.AutomaticStyled)
            {
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }));
                properties.Append(new OutlineLevel { Val = level });
            }

            // Word's Chinese user interface names them 标题 1, 标题 2; Word itself writes heading 1, heading 2.
            styles.Append(new Style(
                new StyleName { Val = marks == HeadingMarks.AutomaticStyled ? $"标题 {level + 1}" : $"heading {level + 1}" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                properties) { Type = StyleValues.Paragraph, StyleId = StyleId(level) });
        }

        return styles;
    }

    private static Numbering Numbering(List<(int Level, int Start)> instances)
    {
        Level Level(int level, string text) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
            new ParagraphStyleIdInLevel { Val = StyleId(level) },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left }) { LevelIndex = level };

        var numbering = new Numbering(new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, "%1、"),
            Level(1, "（%2）")) { AbstractNumberId = 0 });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        for (var i = 0; i < instances.Count; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = 0 },
                new LevelOverride(new StartOverrideNumberingValue { Val = instances[i].Start }) { LevelIndex = instances[i].Level }) { NumberID = i + 2 });
        }

        return numbering;
    }
}
