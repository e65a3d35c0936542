using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Cuts a font down to the glyphs a document uses, renumbered from 1 (so the embedded font carries
/// no empty entries for the tens of thousands of CJK glyphs it does not use), with the cmap of the
/// characters used (so PDF readers extract exact text) and without the tables a PDF never reads
/// (layout and vertical metrics). HarfBuzz's subsetter ships inside libHarfBuzzSharp but
/// HarfBuzzSharp does not wrap it: these are the few entry points EcoBrief needs.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    private const uint NotdefOutline = 0x00000040;
    private const uint NoLayoutClosure = 0x00000200; // the glyphs are already shaped: add none a substitution could reach
    private const int DropTableTags = 3; // HB_SUBSET_SETS_DROP_TABLE_TAG
    private const uint MapValueInvalid = uint.MaxValue; // HB_MAP_VALUE_INVALID

    /// <summary>Tables a PDF viewer never reads from an embedded font; HarfBuzz drops others of the kind by default.</summary>
    private static readonly string[] UnusedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"];

    public static FontSubset Subset(FontFace font, IEnumerable<uint> glyphs, IEnumerable<int> codePoints)
    {
        var used = glyphs.ToArray();
        var characters = codePoints.ToList();

        // HarfBuzz given glyphs reads the font's whole cmap into a map, to keep every character of
        // a glyph kept (a third of a cold build's subsetting with 22,582 glyphs a face). When every
        // glyph drawn is a character's own (plain CJK text), the characters name the same subset:
        // those drawn, and the others of their glyphs, found in the cmap's format 12 groups; then
        // HarfBuzz looks each one up. Same plan, same bytes.
        var nominal = new HashSet<uint>(characters.Select(font.NominalGlyph)) { 0 };
        var sharing = used.All(nominal.Contains) ? CharactersOf(font, [.. used]) : null;
        if (sharing is not null)
        {
            characters = [.. characters.Union(sharing).Order()];
        }

        return Planned(
            font,
            input =>
            {
                if (sharing is null)
                {
                    var glyphSet = hb_subset_input_glyph_set(input);
                    foreach (var g in used)
                    {
                        hb_set_add(glyphSet, g);
                    }
                }

                AddCharacters(input, characters);
            },
            plan =>
            {
                var oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);
                var map = new Dictionary<uint, ushort>(used.Length);
                foreach (var g in used)
                {
                    var mapped = hb_map_get(oldToNew, g);
                    map[g] = mapped == MapValueInvalid ? (ushort)0 : checked((ushort)mapped);
                }

                return new FontSubset(Execute(plan, font), map);
            });
    }

    /// <summary>
    /// The font cut to <paramref name="codePoints"/> (those it has), as a file a word processor can
    /// embed: the characters' glyphs and their cmap, the same tables as for a PDF.
    /// </summary>
    public static byte[] ForCharacters(FontFace font, IEnumerable<int> codePoints) =>
        // The characters alone: HarfBuzz maps each through the cmap itself, and no glyph ids are kept
        // for a caller (a word processor reads characters, not glyph ids).
        Planned(font, input => AddCharacters(input, codePoints), plan => Execute(plan, font));

    /// <summary>
    /// A subset of <paramref name="font"/>: a fresh input (<see cref="Input"/>) that <paramref name="fill"/>
    /// names the kept characters and glyphs in, planned, and the plan read by <paramref name="read"/>;
    /// HarfBuzz's objects are freed whatever happens.
    /// </summary>
    private static T Planned<T>(FontFace font, Action<IntPtr> fill, Func<IntPtr, T> read)
    {
        var input = Input();
        try
        {
            fill(input);
            var plan = hb_subset_plan_create_or_fail(font.HarfBuzzFace.Handle, input);
            if (plan == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not plan a subset of {font.Name}");
            }

            try
            {
                return read(plan);
            }
            finally
            {
                hb_subset_plan_destroy(plan);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static void AddCharacters(IntPtr input, IEnumerable<int> codePoints)
    {
        var unicodeSet = hb_subset_input_unicode_set(input);
        foreach (var cp in codePoints)
        {
            hb_set_add(unicodeSet, (uint)cp);
        }
    }

    /// <summary>A subset's input: .notdef drawn, no glyph a substitution could reach (the layout tables go), the unused tables dropped.</summary>
    private static IntPtr Input()
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not start a subset");
        }

        hb_subset_input_set_flags(input, NotdefOutline | NoLayoutClosure);
        var dropTables = hb_subset_input_set(input, DropTableTags);
        foreach (var tag in UnusedTables)
        {
            hb_set_add(dropTables, Tag(tag));
        }

        return input;
    }

    /// <summary>
    /// Every character the font's cmap (its format 12 subtable, Windows UCS-4) maps to one of
    /// <paramref name="glyphs"/>; null when the font has no such subtable.
    /// </summary>
    internal static List<int>? CharactersOf(FontFace font, HashSet<uint> glyphs)
    {
        var data = font.Data;
        if (Table(data, font.Index, "cmap") is not { } cmap)
        {
            return null;
        }

        var table = data.Slice(cmap.Offset, cmap.Length);
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        for (var i = 0; i < count && 4 + (i * 8) + 8 <= table.Length; i++)
        {
            var record = table.Slice(4 + (i * 8), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var at = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (platform != 3 || encoding != 10 || at + 16 > table.Length || BinaryPrimitives.ReadUInt16BigEndian(table[at..]) != 12)
            {
                continue;
            }

            var groups = BinaryPrimitives.ReadUInt32BigEndian(table[(at + 12)..]);
            if (at + 16 + (groups * 12L) > table.Length)
            {
                return null;
            }

            var found = new List<int>();
            for (var g = 0; g < groups; g++)
            {
                var group = table.Slice(at + 16 + (g * 12), 12);
                var start = BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var first = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var cp = start; cp <= end && cp <= 0x10FFFF; cp++)
                {
                    if (glyphs.Contains(first + (cp - start)))
                    {
                        found.Add((int)cp);
                    }
                }
            }

            return found;
        }

        return null;
    }

    /// <summary>Where a table of face <paramref name="index"/> lies in the font file; null when it is not there.</summary>
    private static (int Offset, int Length)? Table(ReadOnlySpan<byte> data, int index, string tag)
    {
        var directory = 0;
        if (data.Length >= 12 && data[..4].SequenceEqual("ttcf"u8))
        {
            directory = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(12 + (index * 4))..]);
        }

        int tables = BinaryPrimitives.ReadUInt16BigEndian(data[(directory + 4)..]);
        var wanted = Tag(tag);
        for (var t = 0; t < tables; t++)
        {
            var record = data.Slice(directory + 12 + (t * 16), 16);
            if (BinaryPrimitives.ReadUInt32BigEndian(record) == wanted)
            {
                var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                return offset + (long)length <= data.Length ? ((int)offset, (int)length) : null;
            }
        }

        return null;
    }

    private static byte[] Execute(IntPtr plan, FontFace font)
    {
        var subset = hb_subset_plan_execute_or_fail(plan);
        if (subset == IntPtr.Zero)
        {
            throw new InvalidOperationException($"HarfBuzz could not subset {font.Name}");
        }

        try
        {
            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
            }
        }
        finally
        {
            hb_face_destroy(subset);
        }
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    /// <summary>hb_font_make_immutable, which HarfBuzzSharp does not wrap: an immutable font is safe to shape with from many threads.</summary>
    internal static void MakeImmutable(IntPtr font) => hb_font_make_immutable(font);

    [LibraryImport(Library)]
    private static partial void hb_font_make_immutable(IntPtr font);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [LibraryImport(Library)]
    private static partial void hb_subset_plan_destroy(IntPtr plan);

    [LibraryImport(Library)]
    private static partial uint hb_map_get(IntPtr map, uint key);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
