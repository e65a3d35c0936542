namespace EcoBrief.Document;

/// <summary>Page margins in millimetres.</summary>
public sealed record PageMargins(double Top, double Left, double Right, double Bottom);
