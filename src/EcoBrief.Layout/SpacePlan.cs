namespace EcoBrief.Layout;

/// <summary>The answer of <see cref="Element.Measure"/>: a kind, the space used, and for a wrap, why.</summary>
public readonly record struct SpacePlan(SpaceKind Kind, Size Size, string? Reason = null)
{
    public static SpacePlan Empty() => new(SpaceKind.Empty, Size.Zero);

    public static SpacePlan Wrap(string reason) => new(SpaceKind.Wrap, Size.Zero, reason);

    public static SpacePlan Partial(float width, float height) => new(SpaceKind.Partial, new Size(width, height));

    public static SpacePlan Full(float width, float height) => new(SpaceKind.Full, new Size(width, height));
}
