using System.Collections.Concurrent;
using System.Globalization;
using SkiaSharp;

namespace EcoBrief.Layout.Text;

/// <summary>
/// The last resort for a character no font of a chain has (CJK Extension B, a rare name): the font
/// this machine's font configuration picks for it (Skia's font manager, which asks fontconfig on
/// Linux), one character at a time. Only fonts a PDF can embed as a subset with exact text are
/// taken (<see cref="FontFace.HasEmbeddableOutlines"/>): when the font picked has other outlines
/// (CFF), the fonts with TrueType outlines that have the character are asked of fontconfig
/// (<see cref="FontConfig"/>), and the first of them is taken. The same machine always picks the same
/// font, so the output stays byte-reproducible there; another machine may draw the character from
/// another font, or not at all (then it is a warning).
/// </summary>
public static class SystemFonts
{
    private static readonly string[] Languages = ["zh-Hans", "zh"];
    private static readonly ConcurrentDictionary<(int CodePoint, bool Bold), Lazy<FontFace?>> ByCharacter = new();
    private static readonly ConcurrentDictionary<string, Lazy<FontFace?>> ByFont = new(StringComparer.Ordinal);

    /// <summary>
    /// The family of a font on this machine that has the character but could not be taken (CFF
    /// outlines, say), when <see cref="FaceFor"/> found no other; null when there is none.
    /// </summary>
    public static string? UnembeddableFamilyFor(int codePoint) =>
        Rejected.TryGetValue(codePoint, out var family) ? family : null;

    private static readonly ConcurrentDictionary<int, string> Rejected = new();

    /// <summary>A font on this machine that has the character, or null when none has it.</summary>
    public static FontFace? FaceFor(int codePoint, bool bold) =>
        ByCharacter.GetOrAdd((codePoint, bold), key => new Lazy<FontFace?>(() => Find(key.CodePoint, key.Bold))).Value;

    private static FontFace? Find(int codePoint, bool bold)
    {
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        using var typeface = SKFontManager.Default.MatchCharacter(null, style, Languages, codePoint);
        if (typeface is null || typeface.GetGlyph(codePoint) == 0)
        {
            return null;
        }

        var stream = typeface.OpenStream(out var index);
        if (stream is null)
        {
            return null;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"{typeface.FamilyName}|{typeface.FontWeight}|{typeface.FontSlant}|{typeface.FontWidth}|{index}|{stream.Length}");
        var face = ByFont.GetOrAdd(key, _ => new Lazy<FontFace?>(() => Load(typeface, stream, index))).Value;
        stream.Dispose();
        if (face is null)
        {
            // Skia's pick cannot be embedded (CFF outlines, say): a font with TrueType outlines that
            // has the character too is taken instead, the best of them in fontconfig's order.
            face = TrueTypeFaceFor(codePoint, bold);
            if (face is null)
            {
                Rejected.TryAdd(codePoint, typeface.FamilyName);
            }
        }

        return face is not null && face.HasGlyph(codePoint) ? face : null;
    }

    private static FontFace? TrueTypeFaceFor(int codePoint, bool bold)
    {
        foreach (var candidate in FontConfig.TrueTypeFontsWith(codePoint, bold))
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{candidate.Path}|{candidate.Index}");
            var face = ByFont.GetOrAdd(key, _ => new Lazy<FontFace?>(() => Load(candidate))).Value;
            if (face is not null && face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    private static FontFace? Load(FontConfig.Candidate candidate)
    {
        try
        {
            using var data = EcoBrief.IO.RegularFile.OpenRead(candidate.Path, EcoBrief.IO.InputLimits.Font, "font");
            var face = FontFace.FromStream((candidate.Family + (candidate.Bold ? "-Bold" : "-Regular")).Replace(' ', '_'), data, candidate.Index);
            if (face.HasEmbeddableOutlines())
            {
                return face;
            }

            face.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    private static FontFace? Load(SKTypeface typeface, SKStreamAsset stream, int index)
    {
        try
        {
            using var data = new MemoryStream(checked((int)stream.Length));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, buffer.Length)) > 0)
            {
                data.Write(buffer, 0, read);
            }

            data.Position = 0;
            var name = (typeface.FamilyName + (typeface.FontWeight >= (int)SKFontStyleWeight.SemiBold ? "-Bold" : "-Regular")).Replace(' ', '_');
            var face = FontFace.FromStream(name, data, index);
            if (face.HasEmbeddableOutlines())
            {
                return face;
            }

            face.Dispose();
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
