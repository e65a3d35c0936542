using EcoBrief.Ingest.Pdf;

namespace EcoBrief.Tests.Ingest;

/// <summary>
/// How a PDF's lines become paragraphs where the document neither indents nor spaces them (LibreOffice
/// prints a text file so): pages laid out here as such a layout engine lays them out — every character an
/// em wide, a line broken where the next character no longer fits, a stop or a comma hung past the edge
/// rather than carried down — and read back by <see cref="ParagraphJoiner"/>.
/// </summary>
public sealed class PdfParagraphJoinerTests
{
    private const double Size = 10;
    private const double Left = 50;
    private const int Measure = 40;

    /// <summary>The paragraphs laid out on lines of <see cref="Measure"/> characters, 40 lines a page.</summary>
    private static List<PdfTextLine> Lay(IEnumerable<string> paragraphs)
    {
        var lines = new List<PdfTextLine>();
        foreach (var paragraph in paragraphs)
        {
            var at = 0;
            while (at < paragraph.Length)
            {
                var take = Math.Min(Measure, paragraph.Length - at);
                if (at + take < paragraph.Length && NoLineStart(paragraph[at + take]))
                {
                    take++; // hung past the edge
                }

                var text = paragraph.Substring(at, take);
                var n = lines.Count;
                lines.Add(new PdfTextLine
                {
                    Text = text,
                    Page = (n / 40) + 1,
                    Column = 0,
                    X0 = Left,
                    X1 = Left + (text.Length * Size),
                    Y = 800 - ((n % 40) * 15),
                    Size = Size,
                    LeadWidth = text.Length > 1 && NoLineStart(text[1]) ? 2 * Size : Size,
                    Number = n + 1,
                });
                at += take;
            }
        }

        return lines;
    }

    private static bool NoLineStart(char c) => c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '”' or '）';

    private static List<string> Read(List<string> paragraphs) => [.. ParagraphJoiner.Join(Lay(paragraphs)).Select(l => l.Text)];

    /// <summary>Filler sentences of <paramref name="length"/> characters each (the last one its stop), different enough that no two paragraphs open alike.</summary>
    private static string Sentences(int seed, params int[] lengths) =>
        string.Concat(lengths.Select((length, i) => new string((char)('甲' + ((seed * 7) + i) % 40), length - 1) + "。"));

    [Fact]
    public void A_line_after_which_the_next_character_would_have_fitted_ends_its_paragraph()
    {
        // Paragraphs of long sentences that run on over full lines; one ends a character short of the
        // measure (39 of 40), where the first character of the next would still have fitted.
        var paragraphs = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            paragraphs.Add(Sentences(i, 23, 31, 17, 25, 29, 33, 27 + (i % 3)));
        }

        paragraphs[5] = Sentences(5, 50, 69); // 119 characters: two full lines and 39
        Assert.Equal(paragraphs, Read(paragraphs));
    }

    [Fact]
    public void A_list_item_opens_with_as_many_sentences_as_its_other_items_do()
    {
        // Each item opens with its heading and one sentence of lead-in, a paragraph of its own the page shows
        // ending short; item (二)'s ends exactly on a full line.
        var paragraphs = new List<string> { Sentences(30, 26, 30, 22) };
        string[] numbers = ["（一）", "（二）", "（三）", "（四）"];
        for (var i = 0; i < numbers.Length; i++)
        {
            paragraphs.Add(numbers[i] + Sentences(i, i == 1 ? 15 : 10, i == 1 ? 22 : 15));
            paragraphs.Add(Sentences(i + 10, 27, 31, 21, 26, 23, 29));
            paragraphs.Add(Sentences(i + 20, 24, 29, 18, 26, 22, 27));
        }

        Assert.Equal(Measure, paragraphs[4].Length); // （二）'s opening paragraph: one full line
        Assert.Equal(paragraphs, Read(paragraphs));
    }

    [Fact]
    public void The_last_item_of_an_enumeration_is_one_paragraph_as_the_items_before_it()
    {
        // A review whose paragraphs open with a short lead (so a lead after a full line is read as a new
        // paragraph), then an enumeration whose items run on over their own leads, one paragraph each; the
        // last item has a full line that ends a sentence before one of its leads.
        var paragraphs = new List<string>();
        for (var i = 0; i < 14; i++)
        {
            paragraphs.Add(Sentences(i, 8, 35 + (i % 4)));
        }

        string[] items = ["一是", "二是", "三是", "四是"];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i] + Sentences(i + 20, 8, 25, 27, 31, 8, 23);
            paragraphs.Add(i < items.Length - 1 ? item : items[i] + Sentences(i + 20, 8, 30) + Sentences(i + 21, 8, 35, 14));
        }

        Assert.Equal(Measure, paragraphs[^1].IndexOf('。', 11) + 1); // the last item: a full line ends a sentence, a lead follows
        Assert.Equal(paragraphs, Read(paragraphs));
    }
}
