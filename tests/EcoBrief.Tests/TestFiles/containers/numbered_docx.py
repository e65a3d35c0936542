#!/usr/bin/env python3
"""Writes a report's text as a Word file whose 一、 （一） 1. come from Word's automatic numbering.

    numbered_docx.py REPORT.txt OUT.docx

The typed numbers at the start of a line (一、 （一） 1.) are taken out and the paragraph is put on
level 0, 1 or 2 of one multilevel list, as a user of Word does with 多级列表: level 0 is linked to
the style 标题 1 (a heading with outline level 0, numbered by its style, as Word's heading lists are),
levels 1 and 2 are numbered by the paragraph's own w:numPr. Level 0 is %1、 and level 1 （%2）, both
chineseCounting; level 2 is %3. decimal; the suffix is Word's default, a tab. Where the typed number
is not the one Word would show next (a list that starts again), the paragraph gets a new list
instance with a w:startOverride, as Word's "restart numbering" / "set numbering value" writes.
Headers and footers carry the report's first line and a PAGE field, which a reader must drop.
Only the standard library: the fixture is made the same way on any machine (fixed timestamps).
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

DIGITS = "零一二三四五六七八九"


def chinese(n):
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")


def chinese_value(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + DIGITS.index(s[1])
    if "十" in s:
        tens, _, ones = s.partition("十")
        return DIGITS.index(tens) * 10 + (DIGITS.index(ones) if ones else 0)
    return DIGITS.index(s)


PATTERNS = [
    (0, re.compile(r"^([一二三四五六七八九十]{1,3})、"), chinese_value),
    (1, re.compile(r"^（([一二三四五六七八九十]{1,3})）"), chinese_value),
    (2, re.compile(r"^([0-9]{1,2})[.．]"), int),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def main(source, target):
    lines = [l.rstrip("\r\n") for l in open(source, encoding="utf-8-sig")]
    counters = [0, 0, 0]
    instances = [1]          # numId 1 is the list itself; each restart adds one
    overrides = {}           # numId -> (level, start)
    current = 1
    body = []
    for line in lines:
        if not line.strip():
            body.append("<w:p/>")
            continue
        for level, pattern, value in PATTERNS:
            m = pattern.match(line)
            if m and (level < 2 or counters[0] or counters[1]):
                n = value(m.group(1))
                if n != counters[level] + 1:
                    current = len(instances) + 1
                    instances.append(current)
                    overrides[current] = (level, n)
                counters[level] = n
                for deeper in range(level + 1, 3):
                    counters[deeper] = 0
                text = line[m.end():].lstrip(" \u3000")
                if level == 0:
                    ppr = '<w:pPr><w:pStyle w:val="Heading1"/>' + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{current}"/></w:numPr>' if current != 1 else "") + "</w:pPr>"
                else:
                    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{current}"/></w:numPr></w:pPr>'
                body.append(f"<w:p>{ppr}{run(text)}</w:p>")
                break
        else:
            body.append(f"<w:p>{run(line)}</w:p>")

    title = next((l.strip() for l in lines if l.strip()), "")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
                + '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'
                + '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')

    def lvl(i, fmt, text, indent):
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>' + ('<w:pStyle w:val="Heading1"/>' if i == 0 else "")
                + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="420"/></w:pPr></w:lvl>')

    levels = [lvl(0, "chineseCounting", "%1、", 420), lvl(1, "chineseCounting", "（%2）", 840), lvl(2, "decimal", "%3.", 1260)]
    levels += [lvl(i, "decimal", f"%{i + 1}.", 420 * (i + 1)) for i in range(3, 9)]
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for num in instances[1:]:
        level, start = overrides[num]
        nums.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 + "".join(levels) + "</w:abstractNum>" + "".join(nums) + "</w:numbering>")

    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
              "</w:styles>")

    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>{run(title)}</w:p></w:hdr>'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>{run("— ")}'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              f'{run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(" —")}</w:p></w:ftr>')

    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                     '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    document_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rIdStyles" Type="{R}styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="{R}numbering" Target="numbering.xml"/>'
                     f'<Relationship Id="rIdHeader" Type="{R}header" Target="header1.xml"/><Relationship Id="rIdFooter" Type="{R}footer" Target="footer1.xml"/></Relationships>')

    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document),
                           ("word/_rels/document.xml.rels", document_rels), ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                           ("word/header1.xml", header), ("word/footer1.xml", footer)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
