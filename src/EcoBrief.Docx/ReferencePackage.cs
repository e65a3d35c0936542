using System.IO.Compression;
using System.Xml;
using EcoBrief.IO;

namespace EcoBrief.Docx;

/// <summary>
/// The parts of a Word file (an Open Packaging Conventions zip, ISO/IEC 29500-2) found through its
/// relationships, read one at a time and each inflated through a cap, so that a part that inflates
/// to gigabytes fails after <see cref="InputLimits.ReferenceDocxPart"/> bytes.
/// </summary>
internal sealed class ReferencePackage(ZipArchive zip)
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The parts <paramref name="source"/> ("" for the package) relates to by a type ending in <paramref name="type"/>, in order.</summary>
    public IEnumerable<string> Related(string source, string type)
    {
        var rels = RelationshipsOf(source);
        var entry = Entry(rels);
        if (entry is null)
        {
            return [];
        }

        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : string.Empty;
        var targets = new List<string>();
        Read(rels, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNamespace
                    && reader.GetAttribute("Type") is { } t && (type.Length == 0 || t.EndsWith("/" + type, StringComparison.Ordinal))
                    && reader.GetAttribute("TargetMode") is null or "Internal"
                    && reader.GetAttribute("Target") is { Length: > 0 } target)
                {
                    targets.Add(Normalize(target.StartsWith('/') ? target[1..] : folder + target));
                }
            }

            return (string?)null;
        });
        return targets;
    }

    /// <summary>Whether <paramref name="part"/> has relationships of its own: parts (pictures) or targets outside the file (links) — neither follows the part's XML into the handout.</summary>
    public bool HasRelationships(string part)
    {
        var rels = RelationshipsOf(part);
        if (Entry(rels) is null)
        {
            return false;
        }

        return Read(rels, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNamespace)
                {
                    return "yes";
                }
            }

            return null;
        }) is not null;
    }

    /// <summary>Whether the package has <paramref name="part"/>.</summary>
    public bool Has(string part) => Entry(part) is not null;

    /// <summary>Reads <paramref name="part"/> with <paramref name="read"/>, or null when the package has no such part.</summary>
    /// <exception cref="ReferencePartTooLargeException">The part inflates to more than its cap.</exception>
    public string? Read(string part, Func<XmlReader, string?> read)
    {
        var entry = Entry(part);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > InputLimits.ReferenceDocxPart)
        {
            throw ReferencePartTooLargeException.For(part);
        }

        using var stream = new CappedStream(entry.Open(), InputLimits.ReferenceDocxPart, part);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            MaxCharactersInDocument = InputLimits.ReferenceDocxPart,
        });
        return read(reader);
    }

    private ZipArchiveEntry? Entry(string part) =>
        zip.GetEntry(part) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));

    private static string RelationshipsOf(string part)
    {
        if (part.Length == 0)
        {
            return "_rels/.rels";
        }

        var slash = part.LastIndexOf('/');
        return $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
    }

    /// <summary>A part name without <c>.</c> and <c>..</c> segments (a <c>..</c> above the root is dropped).</summary>
    private static string Normalize(string name)
    {
        var parts = new List<string>();
        foreach (var segment in name.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(Uri.UnescapeDataString(segment));
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>A read-only stream that fails once more than its cap has been read from the inner one.</summary>
    private sealed class CappedStream(Stream inner, long cap, string part) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            return _read > cap ? throw ReferencePartTooLargeException.For(part) : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
