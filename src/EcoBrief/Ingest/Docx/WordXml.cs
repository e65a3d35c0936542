using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace EcoBrief.Ingest.Docx;

/// <summary>What reading WordprocessingML takes: its namespaces, a property's <c>w:val</c>, a toggle, markup compatibility.</summary>
internal static class WordXml
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Markup compatibility (ISO/IEC 29500-3): <c>mc:AlternateContent</c>, <c>mc:Choice</c>, <c>mc:Fallback</c>.</summary>
    public const string McNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static readonly XNamespace W = WordNamespace;

    private static readonly XNamespace Mc = McNamespace;

    /// <summary>Whether the reader stands on the start of <c>w:<paramref name="name"/></c>.</summary>
    public static bool IsW(XmlReader reader, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == WordNamespace;

    /// <summary>The reader's element's <c>w:val</c>, or null.</summary>
    public static string? Val(XmlReader reader) => reader.GetAttribute("val", WordNamespace);

    /// <summary>A toggle property of the reader's element (<c>w:vanish</c>): on unless its <c>w:val</c> says false, 0 or off.</summary>
    public static bool IsOn(XmlReader reader) => Val(reader) is not ("false" or "0" or "off");

    /// <summary>The <c>w:val</c> of <paramref name="element"/>'s child <c>w:<paramref name="name"/></c>, or null.</summary>
    public static string? Val(XElement? element, string name) => (string?)element?.Element(W + name)?.Attribute(W + "val");

    /// <summary>The same as a whole number, or null when there is none or it is not one.</summary>
    public static int? IntVal(XElement? element, string name) =>
        int.TryParse(Val(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The whole-number attribute <c>w:<paramref name="name"/></c> of <paramref name="element"/>, or null.</summary>
    public static int? IntAttribute(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(W + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Whether toggle child <c>w:<paramref name="name"/></c> is there and on.</summary>
    public static bool IsOn(XElement? element, string name) =>
        element?.Element(W + name) is { } e && (string?)e.Attribute(W + "val") is not ("false" or "0" or "off");

    /// <summary>
    /// A part read whole (styles, numbering: small parts), each <c>mc:AlternateContent</c> replaced by
    /// its <c>mc:Fallback</c>'s content (or its first <c>mc:Choice</c>'s when it has none) — what a
    /// consumer of the 2007 vocabulary reads, and what Word writes for one (a <c>w14</c> custom number
    /// format falls back to the standard one).
    /// </summary>
    public static XElement Load(XmlReader reader)
    {
        using (reader)
        {
            var root = XElement.Load(reader);
            foreach (var alternate in root.Descendants(Mc + "AlternateContent").Reverse().ToList())
            {
                var chosen = alternate.Element(Mc + "Fallback") ?? alternate.Element(Mc + "Choice");
                alternate.ReplaceWith(chosen?.Elements().ToList() ?? []);
            }

            return root;
        }
    }
}
