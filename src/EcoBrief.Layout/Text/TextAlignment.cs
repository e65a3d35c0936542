namespace EcoBrief.Layout.Text;

public enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Full lines spread to the measure by even inter-character spacing (Chinese justification); the last line is left-aligned.</summary>
    Justify,
}
