using System.Globalization;

namespace EcoBrief.Chinese;

/// <summary>Display columns: East Asian wide and full-width characters take two, others one (UAX #11).</summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            width += Of(char.ConvertToUtf32((string)e.Current, 0));
        }

        return width;
    }

    public static int Of(int codePoint) => IsWide(codePoint) ? 2 : 1;

    private static bool IsWide(int cp) =>
        cp is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x20000 and <= 0x3FFFD
            || cp is 0x2014 or 0x2026 or 0x201C or 0x201D or 0x2018 or 0x2019;
}
