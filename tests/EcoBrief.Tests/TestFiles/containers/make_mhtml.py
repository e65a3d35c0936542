#!/usr/bin/env python3
"""Saves a report's web page as one file, as a browser's "Save as … single file (.mhtml)" does.

    make_mhtml.py news|gov REPORT.txt OUT.mhtml

The page is filled as the tests fill it (Support/Pages.cs, from TestFiles/pages/): news — UTF-8, the
first line the <h1>, the others apart by <br><br>; gov — GB2312 declared (GB18030 bytes), each line a
<p>. Python's email package writes the archive (an encoder independent of the reader's): the page a
quoted-printable text/html part with its charset, then a base64 picture, as Chrome writes them, under
Snapshot-Content-Location. Only the standard library; the output is the same on every run.
"""
import base64
import html
import os
import quopri
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import SMTP

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def main(kind, source, target):
    here = os.path.dirname(os.path.abspath(__file__))
    template = open(os.path.join(here, "..", "pages", kind + ".html"), encoding="utf-8").read()
    lines = [l.strip() for l in open(source, encoding="utf-8-sig").read().splitlines() if l.strip()]
    if kind == "news":
        body = "<br><br>\n".join(html.escape(l, quote=False) for l in lines[1:])
        page = template.replace("{{TITLE}}", html.escape(lines[0])).replace("{{HEADING}}", html.escape(lines[0], quote=False)).replace("{{BODY}}", body)
        data, label = page.encode("utf-8"), "utf-8"
    else:
        body = "".join('<p style="text-indent: 2em;">%s</p>\n' % html.escape(l, quote=False) for l in lines)
        page = template.replace("{{TITLE}}", html.escape(lines[0])).replace("{{BODY}}", body)
        data, label = page.encode("gb18030"), "gb2312"

    url = "https://www.example.gov.cn/zwgk/2026/report.html"
    archive = MIMEMultipart("related", boundary="----MultipartBoundary--ecobriefTestArchive0000000000----", type="text/html")
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = url
    archive["Subject"] = "report"
    archive["Date"] = "Thu, 1 Jan 2026 00:00:00 +0800"
    # Quoted-printable over the page's bytes in its own charset.
    part = MIMENonMultipart("text", "html", charset=label)
    part.set_payload(quopri.encodestring(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part["Content-Location"] = url
    archive.attach(part)
    picture = MIMENonMultipart("image", "png")
    picture.set_payload(base64.encodebytes(PNG).decode("ascii"))
    picture["Content-Transfer-Encoding"] = "base64"
    picture["Content-Location"] = "https://www.example.gov.cn/images/logo.png"
    archive.attach(picture)
    with open(target, "wb") as f:
        f.write(archive.as_bytes(policy=SMTP))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
