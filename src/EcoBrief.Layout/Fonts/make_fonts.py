#!/usr/bin/python3
"""Makes the CJK fonts EcoBrief ships: Noto Sans SC and Noto Serif SC, Regular and Bold, cut to
every character of GBK and of the 通用规范汉字表 (Table of General Standard Chinese Characters,
2013: 8,105 characters) plus ASCII, full-width forms and the punctuation of Chinese text, and
converted from CFF to TrueType outlines (glyf), which PDF writers embed as CID TrueType with exact
text extraction.

Input: Debian's fonts-noto-cjk (face 2 of each .ttc is Simplified Chinese) and Debian's
unicode-data, whose Unihan database lists the 通用规范汉字表 (field kTGH). Output: the .ttf files
beside this script, or in the folder given as the only argument. Reproducible: the same inputs
give the same bytes (fixed timestamps, sorted character set). Run with Debian's python3:

    apt-get install fonts-noto-cjk unicode-data python3-fonttools
    /usr/bin/python3 make_fonts.py [OUT]
"""
import bz2
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = "/usr/share/fonts/opentype/noto"
UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"
FACE_SC = 2
FIXED_TIME = 0x00000000E1F4E800  # 2024-01-01T00:00:00Z in seconds since 1904-01-01
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

FONTS = [
    ("NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.ttf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansSC-Bold.ttf"),
    ("NotoSerifCJK-Regular.ttc", "NotoSerifSC-Regular.ttf"),
    ("NotoSerifCJK-Bold.ttc", "NotoSerifSC-Bold.ttf"),
]


def gbk():
    """Every character of GBK: all double-byte codes (lead 0x81-0xFE, trail 0x40-0xFE but 0x7F)
    that decode; GB 2312 is the part of it with both bytes in 0xA1-0xFE."""
    chars = set()
    for hi in range(0x81, 0xFF):
        for lo in range(0x40, 0xFF):
            if lo == 0x7F:
                continue
            try:
                chars.add(ord(bytes([hi, lo]).decode("gbk")))
            except UnicodeDecodeError:
                pass
    return chars


def general_standard():
    """The 通用规范汉字表 (8,105 characters, 196 of them beyond the BMP): Unihan's kTGH field."""
    chars = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3 and fields[1] == "kTGH":
                chars.add(int(fields[0][2:], 16))
    if len(chars) != 8105:
        raise SystemExit(f"{UNIHAN}: {len(chars)} characters with kTGH, expected 8105")
    return chars


def charset():
    chars = gbk() | general_standard()
    ranges = [
        (0x20, 0x7E),      # ASCII
        (0xA0, 0xFF),      # Latin-1 (° ± × ÷ · …)
        (0x2010, 0x2027),  # dashes, quotes, …
        (0x2030, 0x203B),  # ‰ ′ ″ ※
        (0x2103, 0x2103),  # ℃
        (0x2116, 0x2116),  # №
        (0x2160, 0x217F),  # Roman numerals Ⅰ Ⅱ …
        (0x2190, 0x2199),  # arrows
        (0x2460, 0x249B),  # ① … ⒛
        (0x2500, 0x257F),  # box drawing
        (0x25A0, 0x25CF),  # ■ □ ▲ ○ ● ◎
        (0x3000, 0x303F),  # CJK punctuation
        (0x3220, 0x3243),  # ㈠ … ㈩
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF01, 0xFF5E),  # full-width forms
        (0xFFE0, 0xFFE6),  # ￥ ￡ …
    ]
    for a, b in ranges:
        chars.update(range(a, b + 1))
    return sorted(chars)


def simplified_chinese_only(font):
    """Keeps the language systems of Simplified Chinese (and the defaults) only. EcoBrief shapes as
    zh-Hans; the Japanese, Korean and Traditional Chinese forms that 'locl' reaches would otherwise
    bring a second glyph for most of GBK's traditional characters (40,265 glyphs instead of ~24,000)."""
    for table in ("GSUB", "GPOS"):
        if table not in font:
            continue
        for record in font[table].table.ScriptList.ScriptRecord:
            script = record.Script
            script.LangSysRecord = [r for r in script.LangSysRecord if r.LangSysTag == "ZHS "]
            script.LangSysCount = len(script.LangSysRecord)


def to_truetype(font):
    """CFF outlines to quadratic glyf outlines (fontTools' otf2ttf recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def main():
    unicodes = charset()
    for source, target in FONTS:
        font = TTFont(os.path.join(SOURCE, source), fontNumber=FACE_SC, lazy=False, recalcTimestamp=False)
        simplified_chinese_only(font)
        options = subset.Options()
        # The default features (kern, liga, locl, ccmp …) are what horizontal Chinese text uses.
        options.layout_features = subset.Options().layout_features + ["halt", "vhal"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.recalc_timestamp = False
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        to_truetype(font)
        font["head"].created = FIXED_TIME
        font["head"].modified = FIXED_TIME
        path = os.path.join(OUT, target)
        font.save(path, reorderTables=True)
        print(f"{target}: {len(font.getGlyphOrder())} glyphs, {os.path.getsize(path):,} bytes")


if __name__ == "__main__":
    sys.exit(main())
