using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// The text of a Word file's body (<c>word/document.xml</c>), read as a stream: each paragraph a line
/// (a manual line break, <c>w:br</c>, starts another line of it), its automatic number rendered before
/// it (<see cref="WordNumbering"/>), each numbered by its place among the body's paragraphs (table
/// cells' and empty ones counted, as Word counts them). What a reader of the page does not read as the
/// text is left out: deleted and moved-away revisions, hidden text (<c>w:vanish</c>), field codes (a
/// field's shown result is kept), a table of contents, footnote and comment marks, pictures, drawings
/// and text boxes. Headers, footers, footnotes and comments are parts of their own and never read.
/// A table row of one cell is its paragraphs; a row of several is one line of its cells, separated by
/// an ideographic space (as a Markdown table row reads).
/// </summary>
internal sealed class WordBody
{
    private const int MaxNesting = 64;

    /// <summary>Elements whose content is no text of the page.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "del", "moveFrom", "delText", "delInstrText", "drawing", "pict", "object", "footnoteReference", "endnoteReference",
        "commentReference", "annotationRef", "sdtEndPr", "rPrChange", "pPrChange", "sectPr", "sectPrChange", "tblPr", "tblGrid",
        "trPr", "tcPr", "tblPrEx", "altChunk", "subDoc", "fldData", "rt", "movie", "control", "txbxContent", "footnoteRef", "endnoteRef",
        "separator", "continuationSeparator",
    };

    private readonly WordNumbering _numbering;
    private readonly WordStyles _styles;
    private readonly List<SourceLine> _lines = [];
    private readonly List<Field> _fields = [];
    private readonly List<Table> _tables = [];
    private readonly List<bool> _sdts = [];
    private Paragraph? _paragraph;
    private bool _runHidden;
    private int _count;

    private WordBody(WordNumbering numbering, WordStyles styles)
    {
        _numbering = numbering;
        _styles = styles;
    }

    /// <summary>The body's lines, in order, and the number of its paragraphs.</summary>
    public static (List<SourceLine> Lines, int Paragraphs) Read(XmlReader reader, WordNumbering numbering, WordStyles styles)
    {
        var body = new WordBody(numbering, styles);
        using (reader)
        {
            body.Walk(reader);
        }

        return (Heard(body._lines), body._count);
    }

    /// <summary>
    /// The lines with their outline levels where those are a signal: when most of the body's lines carry
    /// one (files passed through editors that give the body's paragraphs a level too, so each shows in the
    /// navigation pane), the levels say nothing and every line reads as text would.
    /// </summary>
    private static List<SourceLine> Heard(List<SourceLine> lines)
    {
        var marked = lines.Count(l => l.HeadingLevel is not null);
        if (marked * 2 <= lines.Count)
        {
            return lines;
        }

        return lines.ConvertAll(l => l.HeadingLevel is null ? l : l with { HeadingLevel = null });
    }

    private bool Suppressed =>
        _fields.Any(f => !f.InResult || f.Hides) || _sdts.Contains(true);

    private void Walk(XmlReader reader)
    {
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && Start(reader))
            {
                // The element was read whole: the reader stands on what follows it.
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                End(reader.LocalName, reader.NamespaceURI);
            }

            reader.Read();
        }
    }

    /// <summary>Takes in an element's start; true when it read the element whole.</summary>
    private bool Start(XmlReader reader)
    {
        if (reader.NamespaceURI == WordXml.McNamespace)
        {
            // mc:AlternateContent: the Fallback is read (it is what Word writes for a 2007 reader), the Choice is not.
            if (reader.LocalName == "Choice")
            {
                reader.Skip();
                return true;
            }

            return false;
        }

        if (reader.NamespaceURI != WordXml.WordNamespace)
        {
            // Another vocabulary's element (a drawing's, a math zone's) holds no text of the paragraph.
            reader.Skip();
            return true;
        }

        var name = reader.LocalName;
        if (Skipped.Contains(name))
        {
            reader.Skip();
            return true;
        }

        var empty = reader.IsEmptyElement;
        switch (name)
        {
            case "p":
                _count++;
                _paragraph = new Paragraph(_count);
                break;
            case "pPr" when _paragraph is not null:
                _paragraph.Properties((XElement)XNode.ReadFrom(reader));
                return true;
            case "r":
                _runHidden = false;
                break;
            case "rPr":
                var rPr = (XElement)XNode.ReadFrom(reader);
                _runHidden = WordXml.IsOn(rPr, "vanish") || WordXml.IsOn(rPr, "specVanish") || WordXml.IsOn(rPr, "webHidden");
                return true;
            case "t":
                var text = reader.ReadElementContentAsString();
                Append(text);
                return true;
            case "instrText":
                var instruction = reader.ReadElementContentAsString();
                if (_fields.Count > 0 && !_fields[^1].InResult)
                {
                    _fields[^1].Instruction.Append(instruction);
                }

                return true;
            case "tab" or "ptab":
                Append("\t");
                break;
            case "br" when reader.GetAttribute("type", WordXml.WordNamespace) is null or "textWrapping":
            case "cr":
                if (!Hidden)
                {
                    _paragraph?.Break();
                }

                break;
            case "noBreakHyphen":
                Append("-");
                break;
            case "sym":
                Append(Symbol(reader.GetAttribute("char", WordXml.WordNamespace)));
                break;
            case "fldChar":
                FieldChar(reader.GetAttribute("fldCharType", WordXml.WordNamespace));
                break;
            case "fldSimple" when IsIndex(reader.GetAttribute("instr", WordXml.WordNamespace)):
                reader.Skip();
                return true;
            case "sdt":
                _sdts.Add(false);
                break;
            case "sdtPr":
                var sdtPr = (XElement)XNode.ReadFrom(reader);
                if (_sdts.Count > 0 && sdtPr.Descendants(WordXml.W + "docPartGallery").Any(g => ((string?)g.Attribute(WordXml.W + "val"))?.StartsWith("Table of Contents", StringComparison.OrdinalIgnoreCase) == true))
                {
                    _sdts[^1] = true;
                }

                return true;
            case "tbl":
                _tables.Add(new Table(_paragraph));
                _paragraph = null;
                break;
            case "tr" when _tables.Count > 0:
                _tables[^1].Rows.Add([]);
                break;
            case "tc" when _tables.Count > 0 && _tables[^1].Rows.Count > 0:
                _tables[^1].Rows[^1].Add([]);
                break;
        }

        if (empty)
        {
            End(name, WordXml.WordNamespace);
        }

        return false;
    }

    private bool Hidden => _runHidden || Suppressed;

    private void Append(string text)
    {
        if (!Hidden && text.Length > 0)
        {
            _paragraph?.Text.Append(text);
        }
    }

    private void End(string name, string ns)
    {
        if (ns != WordXml.WordNamespace)
        {
            return;
        }

        switch (name)
        {
            case "p" when _paragraph is not null:
                EndParagraph(_paragraph);
                _paragraph = null;
                break;
            case "r":
                _runHidden = false;
                break;
            case "sdt" when _sdts.Count > 0:
                _sdts.RemoveAt(_sdts.Count - 1);
                break;
            case "tr" when _tables.Count > 0 && _tables[^1].Rows.Count > 0:
                var row = _tables[^1].Rows[^1];
                _tables[^1].Rows.RemoveAt(_tables[^1].Rows.Count - 1);
                EmitRow(row);
                break;
            case "tbl" when _tables.Count > 0:
                _paragraph = _tables[^1].Around;
                _tables.RemoveAt(_tables.Count - 1);
                break;
        }
    }

    private void EndParagraph(Paragraph p)
    {
        string? number = null;
        var style = p.Style ?? _styles.DefaultParagraph;
        var (styleList, styleLevel) = _styles.NumberingOf(style);
        if ((p.NumId ?? styleList) is { } numId && _numbering.Defines(numId) && !Suppressed)
        {
            var level = p.Level ?? styleLevel ?? _numbering.LevelOfStyle(numId, style) ?? 0;
            number = _numbering.Next(numId, level);
        }

        var outline = p.OutlineLevel ?? _styles.OutlineLevelOf(style);
        var heading = outline is >= 0 and < 9 ? outline + 1 : null;
        var pieces = p.Lines();
        if (pieces.All(string.IsNullOrWhiteSpace))
        {
            // An empty paragraph: counted, and its number (Word shows one) moved on, but no line.
            return;
        }

        var lines = new List<SourceLine>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            lines.Add(new SourceLine(i == 0 && number is not null ? number + pieces[i] : pieces[i], p.Number) { HeadingLevel = heading });
        }

        if (_tables.Count > 0 && _tables[^1].Rows.Count > 0 && _tables[^1].Rows[^1].Count > 0)
        {
            _tables[^1].Rows[^1][^1].AddRange(lines);
        }
        else
        {
            _lines.AddRange(lines);
        }
    }

    /// <summary>
    /// A row of one cell gives that cell's lines; a row of several, one line of its cells (each cell's
    /// lines joined by a space), numbered by its first paragraph.
    /// </summary>
    private void EmitRow(List<List<SourceLine>> cells)
    {
        var full = cells.Where(c => c.Count > 0).ToList();
        if (full.Count == 0)
        {
            return;
        }

        var lines = full.Count == 1
            ? full[0]
            : [new SourceLine(string.Join('\u3000', full.Select(c => string.Join(' ', c.Select(l => l.Text.Trim())))), full[0][0].Line)];

        if (_tables.Count > 1 && _tables[^2].Rows.Count > 0 && _tables[^2].Rows[^1].Count > 0)
        {
            // A table in a cell: its rows are lines of that cell.
            _tables[^2].Rows[^1][^1].AddRange(lines);
        }
        else if (_tables.Count > 0)
        {
            _lines.AddRange(lines);
        }
    }

    private void FieldChar(string? type)
    {
        switch (type)
        {
            case "begin" when _fields.Count < MaxNesting:
                _fields.Add(new Field());
                break;
            case "separate" when _fields.Count > 0:
                _fields[^1].InResult = true;
                _fields[^1].Hides = IsIndex(_fields[^1].Instruction.ToString());
                break;
            case "end" when _fields.Count > 0:
                _fields.RemoveAt(_fields.Count - 1);
                break;
        }
    }

    /// <summary>A table of contents (or an index): its entries repeat the headings, with page numbers.</summary>
    private static bool IsIndex(string? instruction) =>
        instruction?.TrimStart() is { } i && (i.StartsWith("TOC", StringComparison.OrdinalIgnoreCase) || i.StartsWith("INDEX", StringComparison.OrdinalIgnoreCase));

    /// <summary>A <c>w:sym</c>'s character: itself when it is Unicode, nothing when it is a symbol font's (F000–F0FF).</summary>
    private static string Symbol(string? hex) =>
        int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0x20 and < 0xD800 and not (>= 0xF000 and <= 0xF0FF)
            ? ((char)code).ToString()
            : string.Empty;

    private sealed class Field
    {
        public StringBuilder Instruction { get; } = new();

        /// <summary>Past <c>separate</c>: what follows is the field's shown result.</summary>
        public bool InResult { get; set; }

        /// <summary>A result no reader reads as text (a table of contents).</summary>
        public bool Hides { get; set; }
    }

    private sealed class Table(Paragraph? around)
    {
        /// <summary>The paragraph the table stands in (none in a body; a table is never inside a paragraph, but a malformed file may say so).</summary>
        public Paragraph? Around { get; } = around;

        /// <summary>The rows being read: each a list of cells, each a list of lines.</summary>
        public List<List<List<SourceLine>>> Rows { get; } = [];
    }

    private sealed class Paragraph(int number)
    {
        private readonly List<int> _breaks = [];

        public int Number { get; } = number;

        public StringBuilder Text { get; } = new();

        public string? Style { get; private set; }

        public int? NumId { get; private set; }

        public int? Level { get; private set; }

        public int? OutlineLevel { get; private set; }

        public void Properties(XElement pPr)
        {
            Style = WordXml.Val(pPr, "pStyle");
            var numPr = pPr.Element(WordXml.W + "numPr");
            NumId = WordXml.IntVal(numPr, "numId");
            Level = WordXml.IntVal(numPr, "ilvl");
            OutlineLevel = WordXml.IntVal(pPr, "outlineLvl");
        }

        public void Break() => _breaks.Add(Text.Length);

        public List<string> Lines()
        {
            var text = Text.ToString();
            var lines = new List<string>(_breaks.Count + 1);
            var from = 0;
            foreach (var at in _breaks)
            {
                lines.Add(text[from..at]);
                from = at;
            }

            lines.Add(text[from..]);
            return lines;
        }
    }
}
