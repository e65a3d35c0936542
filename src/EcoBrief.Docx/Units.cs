using System.Globalization;

namespace EcoBrief.Docx;

/// <summary>WordprocessingML units: twentieths of a point (twips), half-points for font sizes.</summary>
internal static class Units
{
    public static int TwipsFromMillimetres(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    public static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);
}
