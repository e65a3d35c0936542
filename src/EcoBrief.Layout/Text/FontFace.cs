using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace EcoBrief.Layout.Text;

/// <summary>
/// One font file, shaped with HarfBuzz. The full font is used for layout; the PDF embeds a subset
/// of it with the same glyph ids (<see cref="FontSubsetter"/>).
/// </summary>
public sealed class FontFace : IDisposable
{
    private static readonly ConcurrentDictionary<string, FontFace> Shipped = new(StringComparer.Ordinal);
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _font;
    private readonly IntPtr _native;

    /// <param name="name">The font's name.</param>
    /// <param name="data">The font file, from its current position.</param>
    /// <param name="length">How many bytes of it.</param>
    /// <param name="index">The face of a collection.</param>
    /// <param name="path">A file the user named: its table directory is checked first, and messages name it.</param>
    private FontFace(string name, Stream data, int length, int index = 0, string? path = null)
    {
        Name = name;
        Length = length;
        Index = index;

        // HarfBuzz reads the font in place for the life of the face. A font shipped inside EcoBrief is
        // already in memory, mapped with the assembly (which is never unloaded): HarfBuzz reads it there,
        // and only the pages it touches are ever read from disk. Any other font gets memory of its own,
        // filled straight from the stream (no managed copy of several megabytes per font).
        unsafe
        {
            if (data is UnmanagedMemoryStream { CanWrite: false } mapped && mapped.Length - mapped.Position >= length)
            {
                _native = (IntPtr)mapped.PositionPointer;
                _blob = new Blob(_native, length, MemoryMode.ReadOnly);
            }
            else
            {
                _native = (IntPtr)NativeMemory.Alloc((nuint)Math.Max(1, length));
                var native = _native;
                try
                {
                    data.ReadExactly(new Span<byte>((void*)_native, length));
                    if (path is not null && SfntDirectory.Problem(new ReadOnlySpan<byte>((void*)_native, length), index) is { } problem)
                    {
                        throw new InvalidDataException($"{path}: not a font EcoBrief can read: {problem}");
                    }
                }
                catch
                {
                    NativeMemory.Free((void*)native);
                    throw;
                }

                _blob = new Blob(native, length, MemoryMode.ReadOnly, () => NativeMemory.Free((void*)native));
            }
        }

        _blob.MakeImmutable();
        _face = new Face(_blob, index);
        UnitsPerEm = _face.UnitsPerEm;
        _font = new HarfBuzzSharp.Font(_face);
        _font.SetScale(UnitsPerEm, UnitsPerEm);

        // An immutable hb_font_t may be shaped with from any number of threads at once.
        FontSubsetter.MakeImmutable(_font.Handle);
        if (_face.GlyphCount == 0)
        {
            throw new InvalidDataException($"{path ?? name}: not a font EcoBrief can read");
        }
    }

    /// <summary>A name for messages and for the PDF (file name without extension).</summary>
    public string Name { get; }

    /// <summary>Size of the font file in bytes.</summary>
    public int Length { get; }

    /// <summary>Which face of a collection (.ttc) this is; 0 for a single font.</summary>
    public int Index { get; }

    /// <summary>True for a font found on this machine by <see cref="SystemFonts"/>, not shipped nor named by the document.</summary>
    public bool IsSystemFont { get; private init; }

    /// <summary>The font file, for a renderer that needs the whole of it (the PNG preview).</summary>
    public unsafe ReadOnlySpan<byte> Data => new((void*)_native, Length);

    public int UnitsPerEm { get; }

    internal Face HarfBuzzFace => _face;

    public const string SansRegular = "NotoSansSC-Regular";
    public const string SansBold = "NotoSansSC-Bold";
    public const string SerifRegular = "NotoSerifSC-Regular";
    public const string SerifBold = "NotoSerifSC-Bold";

    /// <summary>A font shipped inside EcoBrief (Noto Sans SC / Noto Serif SC, Regular and Bold, GB 2312 and more).</summary>
    public static FontFace ShippedFont(string name) => Shipped.GetOrAdd(name, n =>
    {
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream($"fonts/{n}.ttf")
            ?? throw new ArgumentException($"no shipped font {n}", nameof(name));
        return new FontFace(n, stream, (int)stream.Length);
    });

    /// <summary>
    /// The shipped face closest in spirit to a font role's first family: sans for a 黑体-like role,
    /// serif otherwise; bold for a display or heading role (<paramref name="heavy"/>: 小标宋 and 黑体 headings
    /// are heavy faces), regular for running text. The PDF draws each role with it, and the Word file
    /// carries it for machines without the role's own font.
    /// </summary>
    public static FontFace ShippedFor(string role, bool heavy) => ShippedFont(
        Document.Conventions.FontRoleNames.IsSans(role) ? (heavy ? SansBold : SansRegular) : (heavy ? SerifBold : SerifRegular));

    /// <summary>A TrueType or OpenType file, opened by the caller (who checks that it is a regular file of a sensible size).</summary>
    /// <exception cref="InvalidDataException">The file cannot be read, or is not a font (one line naming it).</exception>
    public static FontFace FromFile(string path, Stream data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return new FontFace(Path.GetFileNameWithoutExtension(path), data, checked((int)(data.Length - data.Position)), path: path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OverflowException)
        {
            throw new InvalidDataException($"{path}: cannot read font ({e.Message})", e);
        }
    }

    /// <summary>A face of a font file given as a stream (a system font found through fontconfig).</summary>
    internal static FontFace FromStream(string name, Stream data, int index) =>
        new(name, data, checked((int)(data.Length - data.Position)), index) { IsSystemFont = true };

    /// <summary>
    /// True when Skia's PDF backend embeds the font as a CID TrueType subset with exact text:
    /// TrueType (glyf) outlines, not a variable font, embedding allowed (OS/2 fsType). Skia draws
    /// any other font (CFF outlines such as Noto CJK's, bitmaps, colour layers) as a Type 3 font,
    /// which text extraction does not read back reliably.
    /// </summary>
    internal bool HasEmbeddableOutlines()
    {
        bool Has(string tag) => _face.ReferenceTable(Tag.Parse(tag)) is { Length: > 0 } blob && Dispose(blob);
        static bool Dispose(Blob b)
        {
            b.Dispose();
            return true;
        }

        return Has("glyf") && !Has("fvar") && !RestrictedLicence();
    }

    /// <summary>OS/2 fsType 0x0002: the font's licence forbids embedding.</summary>
    private bool RestrictedLicence()
    {
        using var os2 = _face.ReferenceTable(Tag.Parse("OS/2"));
        var data = os2.AsSpan();
        return data.Length >= 10 && ((data[8] << 8 | data[9]) & 0x000F) == 0x0002;
    }

    public bool HasGlyph(int codePoint) => _font.TryGetGlyph((uint)codePoint, out var g) && g != 0;

    /// <summary>The glyph the font's cmap gives the character (no shaping); 0 when it has none.</summary>
    internal uint NominalGlyph(int codePoint) => _font.TryGetGlyph((uint)codePoint, out var g) ? g : 0;

    /// <summary>Shapes <c>text[start..start+length]</c> (HarfBuzz, horizontal, zh-Hans); advances in font units.</summary>
    internal (uint Glyph, int Cluster, int Advance, int OffsetX, int OffsetY)[] Shape(string text, int start, int length)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.Direction = Direction.LeftToRight;
        buffer.Language = new Language("zh-Hans");
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.GuessSegmentProperties();
        _font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var result = new (uint, int, int, int, int)[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            result[i] = (infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset);
        }

        return result;
    }

    /// <summary>Ascender and descender in font units (hhea), for line metrics.</summary>
    internal (int Ascender, int Descender) VerticalMetrics()
    {
        _font.TryGetHorizontalFontExtents(out var extents);
        return (extents.Ascender, extents.Descender);
    }

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    public override string ToString() => Name;
}
