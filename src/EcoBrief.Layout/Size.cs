namespace EcoBrief.Layout;

/// <summary>A size in points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    public static Size Zero => default;

    /// <summary>Tolerance for floating-point comparisons of lengths.</summary>
    public const float Epsilon = 0.01f;
}
