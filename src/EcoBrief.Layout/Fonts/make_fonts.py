#!/usr/bin/python3
"""Makes the CJK fonts EcoBrief ships: Noto Sans SC and Noto Serif SC, Regular and Bold, cut to
GB 2312 plus ASCII, full-width forms and the punctuation of Chinese text, and converted from CFF to
TrueType outlines (glyf), which PDF writers embed as CID TrueType with exact text extraction.

Input: Debian's fonts-noto-cjk (face 2 of each .ttc is Simplified Chinese). Output: the .ttf files
beside this script. Reproducible: the same inputs give the same bytes (fixed timestamps, sorted
character set). Run with Debian's python3, which has fontTools:  /usr/bin/python3 make_fonts.py
"""
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = "/usr/share/fonts/opentype/noto"
FACE_SC = 2
FIXED_TIME = 0x00000000E1F4E800  # 2024-01-01T00:00:00Z in seconds since 1904-01-01
OUT = os.path.dirname(os.path.abspath(__file__))

FONTS = [
    ("NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.ttf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansSC-Bold.ttf"),
    ("NotoSerifCJK-Regular.ttc", "NotoSerifSC-Regular.ttf"),
    ("NotoSerifCJK-Bold.ttc", "NotoSerifSC-Bold.ttf"),
]


def charset():
    chars = set()
    # Every character of GB 2312 (rows 0xA1-0xF7, cells 0xA1-0xFE).
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
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
