namespace EcoBrief.Model;

/// <summary>The values of <see cref="KeyFigure.Period"/>.</summary>
public static class FigurePeriod
{
    public const string Result = "result";
    public const string FiveYear = "five_year";
    public const string Target = "target";
    public const string Other = "other";
}
