namespace EcoBrief.Layout.Text;

/// <summary>Fonts tried in order for each character: a role's font, then fallbacks.</summary>
public sealed class FontChain
{
    public FontChain(params FontFace[] faces)
    {
        ArgumentOutOfRangeException.ThrowIfZero(faces.Length);
        Faces = faces;
    }

    public IReadOnlyList<FontFace> Faces { get; }

    public FontFace Primary => Faces[0];

    /// <summary>The first font that has the character, or null when none does.</summary>
    public FontFace? FaceFor(int codePoint)
    {
        foreach (var f in Faces)
        {
            if (f.HasGlyph(codePoint))
            {
                return f;
            }
        }

        return null;
    }

    public override string ToString() => string.Join(" > ", Faces);
}
