namespace EcoBrief.Layout;

/// <summary>An sRGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B, byte A = 255)
{
    public static Color Black => new(0, 0, 0);

    public static Color White => new(255, 255, 255);

    public static Color Hex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}
