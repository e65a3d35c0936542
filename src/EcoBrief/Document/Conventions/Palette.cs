namespace EcoBrief.Document.Conventions;

/// <summary>
/// The colours of the paged documents, as 0xRRGGBB: the PDF draws them (<c>Color.Hex</c>), Word names
/// them (<see cref="Hex"/>). One green accent and quiet greys, so the page prints well in black and white.
/// </summary>
public static class Palette
{
    /// <summary>Body text: near black.</summary>
    public const uint Text = 0x1D1D1D;

    /// <summary>Secondary text on the page: notes, page numbers, the meta line.</summary>
    public const uint Muted = 0x5A5A5A;

    /// <summary>The one colour: section headings of a one-page summary, figures, bullets, note marks.</summary>
    public const uint Accent = 0x2F6B3C;

    /// <summary>Rules under headings and around cards.</summary>
    public const uint Rule = 0xB9C7B9;

    public const uint CardBackground = 0xF5F8F5;

    /// <summary>Behind code blocks and quotes.</summary>
    public const uint Shade = 0xF4F4F2;

    /// <summary>A table's header row on the page.</summary>
    public const uint TableHeader = 0xEEF1EE;

    /// <summary>A table's header row in Word.</summary>
    public const uint WordTableHeader = 0xE7EEE7;

    /// <summary>Cell borders on the page.</summary>
    public const uint TableBorder = 0xAAAAAA;

    /// <summary>Table borders and the header's rule in Word.</summary>
    public const uint WordBorder = 0x808080;

    /// <summary>Secondary text in Word (subtitle, quotes): darker than on the page, as Word's own themes have it.</summary>
    public const uint WordMuted = 0x404040;

    /// <summary>Captions and the footer line in Word.</summary>
    public const uint WordCaption = 0x595959;

    /// <summary>A thematic break in Word.</summary>
    public const uint WordBreak = 0x999999;

    /// <summary>A colour as Word writes it: six upper-case hex digits.</summary>
    public static string Hex(uint rgb) => (rgb & 0xFFFFFF).ToString("X6", System.Globalization.CultureInfo.InvariantCulture);
}
