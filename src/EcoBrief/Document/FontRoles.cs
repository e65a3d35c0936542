namespace EcoBrief.Document;

/// <summary>
/// The typefaces a document uses, by role. Each is a family name (with fallbacks separated by commas,
/// e.g. <c>仿宋, FangSong, 仿宋_GB2312</c>) or a path to a TrueType/OpenType file.
/// </summary>
public sealed record FontRoles(string Title, string Heading, string Subheading, string Body, string Emphasis);
