namespace EcoBrief.Document;

/// <summary>
/// The typefaces a document uses, by role. Each is a family name (with fallbacks separated by commas,
/// e.g. <c>仿宋, FangSong, 仿宋_GB2312</c>) or a path to a TrueType/OpenType file; how a role is read
/// is <see cref="Conventions.FontRoleNames"/>.
/// </summary>
public sealed record FontRoles(string Title, string Heading, string Subheading, string Body, string Emphasis)
{
    /// <summary>Every role, in this order: what a font table lists.</summary>
    public IReadOnlyList<string> Roles() => [Title, Heading, Subheading, Body, Emphasis];

    /// <summary>
    /// The role of a heading of <paramref name="level"/> (GB/T 9704: the title 小标宋, 一、 黑体, （一） 楷体);
    /// null for a deeper one, which is bold text in the writer's bold face.
    /// </summary>
    public string? OfHeading(int level) => level switch
    {
        1 => Title,
        2 => Heading,
        3 => Subheading,
        _ => null,
    };
}
