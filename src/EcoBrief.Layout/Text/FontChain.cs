namespace EcoBrief.Layout.Text;

/// <summary>Fonts tried in order for each character: a role's font, then fallbacks, then the fonts of the machine (<see cref="SystemFonts"/>).</summary>
public sealed class FontChain
{
    public FontChain(params FontFace[] faces)
    {
        ArgumentOutOfRangeException.ThrowIfZero(faces.Length);
        Faces = faces;
    }

    public IReadOnlyList<FontFace> Faces { get; }

    public FontFace Primary => Faces[0];

    /// <summary>The first font that has the character, else a system font that has it; null when none does.</summary>
    public FontFace? FaceFor(int codePoint)
    {
        foreach (var f in Faces)
        {
            if (f.HasGlyph(codePoint))
            {
                return f;
            }
        }

        return SystemFonts.FaceFor(codePoint, Primary.Name.Contains("Bold", StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => string.Join(" > ", Faces);
}
