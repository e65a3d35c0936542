using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.IO;
using EcoBrief.Layout;
using EcoBrief.Layout.Text;

namespace EcoBrief.Pdf;

/// <summary>
/// The text styles of a document, from its settings. Font roles name families (方正小标宋简体, 黑体,
/// 仿宋 …) that a PDF cannot count on, so each role maps to the shipped Noto face closest in spirit
/// (sans for 黑体-like roles, serif otherwise); a role may name a .ttf/.otf file instead, which then
/// comes first in its chain. A system font is used only for a character no font of the chain has
/// (<see cref="SystemFonts"/>: CJK Extension B, other scripts), so a report in GBK and the
/// 通用规范汉字表 gives the same bytes on any machine.
/// </summary>
public sealed class PdfStyles
{
    public static readonly Color Text = Color.Hex(Palette.Text);
    public static readonly Color Muted = Color.Hex(Palette.Muted);
    public static readonly Color Accent = Color.Hex(Palette.Accent);
    public static readonly Color Rule = Color.Hex(Palette.Rule);
    public static readonly Color CardBackground = Color.Hex(Palette.CardBackground);
    public static readonly Color Shade = Color.Hex(Palette.Shade);
    public static readonly Color TableHeader = Color.Hex(Palette.TableHeader);
    public static readonly Color TableBorder = Color.Hex(Palette.TableBorder);

    public PdfStyles(DocumentSettings settings, float bodySize)
    {
        Settings = settings;
        BodySize = bodySize;
        var serif = FontFace.ShippedFont(FontFace.SerifRegular);
        var sans = FontFace.ShippedFont(FontFace.SansRegular);
        FontChain Chain(string role, bool heavy)
        {
            var file = FontRoleNames.File(role);
            var primary = FontFace.ShippedFor(role, heavy);
            return file is not null ? new FontChain(FontFile(file), primary, serif, sans) : new FontChain(primary, serif, sans);
        }

        TitleFonts = Chain(settings.Fonts.OfHeading(1)!, heavy: true);
        HeadingFonts = Chain(settings.Fonts.OfHeading(2)!, heavy: true);
        SubheadingFonts = Chain(settings.Fonts.OfHeading(3)!, heavy: true);
        BodyFonts = Chain(settings.Fonts.Body, heavy: false);
        EmphasisFonts = Chain(settings.Fonts.Emphasis, heavy: false);
        StrongFonts = new FontChain(FontFace.ShippedFont(FontFace.SansBold), FontFace.ShippedFont(FontFace.SerifBold), sans);
    }

    /// <summary>A font a template names: a regular file of at most <see cref="InputLimits.Font"/>, read once.</summary>
    private static FontFace FontFile(string path)
    {
        try
        {
            using var stream = RegularFile.OpenRead(path, InputLimits.Font, "font");
            return FontFace.FromFile(path, stream);
        }
        catch (FileRejectedException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read font ({e.Message})", e);
        }
    }

    public DocumentSettings Settings { get; }

    public float BodySize { get; }

    public FontChain TitleFonts { get; }

    public FontChain HeadingFonts { get; }

    public FontChain SubheadingFonts { get; }

    public FontChain BodyFonts { get; }

    public FontChain EmphasisFonts { get; }

    public FontChain StrongFonts { get; }

    public TextStyle Body => new(BodyFonts, BodySize, Text);

    public TextStyle Strong => new(StrongFonts, BodySize, Text);

    public TextStyle Emphasis => new(EmphasisFonts, BodySize, Muted);

    public TextStyle Small => new(BodyFonts, BodySize * 0.8f, Muted);

    /// <summary>Code blocks: the body's fonts (none is monospace), a little smaller.</summary>
    public TextStyle Code => new(BodyFonts, BodySize * 0.85f, Text);

    public TextStyle Title => new(TitleFonts, (float)Settings.TitleFontSize * (BodySize / (float)Settings.BaseFontSize), Text);

    /// <summary>A heading of level 2 or 3 in its role's fonts (<see cref="FontRoles.OfHeading"/>); a deeper one in the bold face.</summary>
    public TextStyle Heading(int level) => level switch
    {
        <= 2 => new TextStyle(HeadingFonts, BodySize * (Settings.OnePage ? 1.15f : 1f), Settings.OnePage ? Accent : Text),
        3 => new TextStyle(SubheadingFonts, BodySize, Text),
        _ => new TextStyle(StrongFonts, BodySize, Text),
    };
}
