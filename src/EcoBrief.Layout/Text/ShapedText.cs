using System.Globalization;
using System.Text;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Styled text shaped once (fonts chosen per character along each style's fallback chain, then
/// HarfBuzz), ready to be broken into lines at any width. Characters that no font has are
/// reported in <see cref="MissingCharacters"/>, never silently drawn as boxes.
/// </summary>
public sealed class ShapedText
{
    private readonly ShapedGlyph[] _glyphs;
    private readonly float[] _charWidth;
    private readonly int[] _firstGlyph;
    private readonly TextStyle[] _charStyle;

    public ShapedText(IReadOnlyList<TextSpan> spans)
    {
        var text = new StringBuilder();
        var styles = new List<TextStyle>();
        foreach (var s in spans)
        {
            text.Append(s.Text);
            for (var i = 0; i < s.Text.Length; i++)
            {
                styles.Add(s.Style);
            }
        }

        Text = text.ToString();
        _charStyle = [.. styles];
        _charWidth = new float[Text.Length];
        _firstGlyph = new int[Text.Length + 1];
        var glyphs = new List<ShapedGlyph>(Text.Length);
        var missing = new List<string>();

        // The face of every character, once; then runs of one style and one face, shaped together.
        var faces = new FontFace[Text.Length];
        for (var i = 0; i < Text.Length; i += CharLength(i))
        {
            faces[i] = FaceAt(i, _charStyle[i], missing);
        }

        var start = 0;
        while (start < Text.Length)
        {
            var style = _charStyle[start];
            var face = faces[start];
            var end = start + CharLength(start);
            while (end < Text.Length && ReferenceEquals(_charStyle[end], style) && ReferenceEquals(faces[end], face))
            {
                end += CharLength(end);
            }

            var scale = style.Size / face.UnitsPerEm;
            foreach (var (glyph, cluster, advance, ox, oy) in face.Shape(Text, start, end - start))
            {
                glyphs.Add(new ShapedGlyph(face, style, glyph, advance * scale, ox * scale, oy * scale, cluster));
                _charWidth[cluster] += advance * scale;
            }

            start = end;
        }

        glyphs.Sort((a, b) => a.CharIndex.CompareTo(b.CharIndex));
        _glyphs = [.. glyphs];
        var g = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            while (g < _glyphs.Length && _glyphs[g].CharIndex < i)
            {
                g++;
            }

            _firstGlyph[i] = g;
        }

        MissingCharacters = missing;
    }

    public string Text { get; }

    /// <summary>"U+20BB7 𠮷" for each character that no font in its chain has.</summary>
    public IReadOnlyList<string> MissingCharacters { get; }

    public float WidthOf(int start, int end)
    {
        var w = 0f;
        for (var i = start; i < end; i++)
        {
            w += _charWidth[i];
        }

        return w;
    }

    internal ReadOnlySpan<ShapedGlyph> GlyphsOf(int start, int end) => _glyphs.AsSpan(_firstGlyph[start], _firstGlyph[end] - _firstGlyph[start]);

    internal float CharWidth(int i) => _charWidth[i];

    /// <summary>The largest font size used in a range: what sets a line's height.</summary>
    internal float MaxSize(int start, int end)
    {
        var size = 0f;
        for (var i = start; i < Math.Max(end, start + 1) && i < _charStyle.Length; i++)
        {
            size = Math.Max(size, _charStyle[i].Size);
        }

        return size == 0 && _charStyle.Length > 0 ? _charStyle[^1].Size : size;
    }

    private int CharLength(int i) => char.IsHighSurrogate(Text[i]) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]) ? 2 : 1;

    private FontFace FaceAt(int i, TextStyle style, List<string> missing)
    {
        var cp = char.ConvertToUtf32(Text, i) is var c && CharLength(i) == 2 ? c : Text[i];
        if (cp is ' ' or '\u00A0' || char.IsControl((char)Math.Min(cp, 0xFFFF)))
        {
            return style.Fonts.Primary;
        }

        var face = style.Fonts.FaceFor(cp);
        if (face is null)
        {
            // Say when this machine has the character in a font a PDF subset cannot take, so the reader knows what to install.
            var only = SystemFonts.UnembeddableFamilyFor(cp);
            missing.Add(string.Create(CultureInfo.InvariantCulture, $"U+{cp:X4} {char.ConvertFromUtf32(cp)}") +
                (only is null ? string.Empty : $"; {only} has it, but not as TrueType outlines: install a TrueType font that has it (Debian: fonts-hanazono)"));
            return style.Fonts.Primary;
        }

        return face;
    }
}
