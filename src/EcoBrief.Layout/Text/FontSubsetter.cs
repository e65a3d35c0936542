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
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not start a subset");
        }

        try
        {
            hb_subset_input_set_flags(input, NotdefOutline | NoLayoutClosure);
            var dropTables = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in UnusedTables)
            {
                hb_set_add(dropTables, Tag(tag));
            }

            var used = glyphs.ToArray();
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var g in used)
            {
                hb_set_add(glyphSet, g);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                hb_set_add(unicodeSet, (uint)cp);
            }

            var plan = hb_subset_plan_create_or_fail(font.HarfBuzzFace.Handle, input);
            if (plan == IntPtr.Zero)
            {
                throw new InvalidOperationException($"HarfBuzz could not plan a subset of {font.Name}");
            }

            try
            {
                var oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);
                var map = new Dictionary<uint, ushort>(used.Length);
                foreach (var g in used)
                {
                    var mapped = hb_map_get(oldToNew, g);
                    map[g] = mapped == MapValueInvalid ? (ushort)0 : checked((ushort)mapped);
                }

                return new FontSubset(Execute(plan, font), map);
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
