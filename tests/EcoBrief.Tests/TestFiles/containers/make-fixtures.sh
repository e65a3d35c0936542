#!/usr/bin/env bash
# Makes the container fixtures the round-trip tests read (Ingest/ContainerRoundTripTests), once; they
# are committed, so the tests need no LibreOffice. Run from anywhere:
#
#   tests/EcoBrief.Tests/TestFiles/containers/make-fixtures.sh
#
# Needs LibreOffice (soffice), qpdf and python3. Writes, beside this script:
#   docx/NAME.docx       each keyed corpus report and the seed put into Word by LibreOffice's text import
#   pdf/NAME.pdf         that .docx printed to PDF by LibreOffice
#   numbered/NAME.docx   three corpus reports whose 一、（一）1. are Word's automatic numbering
#                        (numbered_docx.py), and NAME.lo.docx, the same saved again by LibreOffice
#   hostile/             an encrypted PDF and a Word 97–2003 .doc, for the refusal tests
#   mhtml/               two reports' web pages saved as one file (make_mhtml.py: the news page in
#                        UTF-8 and the government page in GB2312, quoted-printable, with a picture)
# The PDFs printed by EcoBrief's own layout engine are made by the tests themselves.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own, so a LibreOffice already open (or another run) is not disturbed.
soffice() { command soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$work/txt" "$here/docx" "$here/pdf" "$here/numbered" "$here/hostile"
cp "$root"/tests/EcoBrief.Tests/TestFiles/corpus/texts/*.txt "$root/seeds/2024-mee-work-report.txt" "$work/txt/"

# Text -> Word (the issue's command), Word -> PDF.
soffice --infilter="Text (encoded):UTF8" --convert-to docx --outdir "$work/docx" "$work"/txt/*.txt
soffice --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx
for f in "$work"/docx/*.docx; do cp "$f" "$here/docx/"; done
# Object streams and maximum compression: the same PDF, about 5% smaller.
for f in "$work"/pdf/*.pdf; do qpdf --object-streams=generate --recompress-flate --compression-level=9 "$f" "$here/pdf/$(basename "$f")"; done

# Automatic numbering, as Word writes it, and as LibreOffice saves it again.
for name in 2017-state-council-gov-work-report 2026-fujian-gov-work-report 2026-jiangxi-gov-work-report; do
  python3 "$here/numbered_docx.py" "$root/tests/EcoBrief.Tests/TestFiles/corpus/texts/$name.txt" "$here/numbered/$name.docx"
  cp "$here/numbered/$name.docx" "$work/$name.lo.docx"
  soffice --convert-to docx:"MS Word 2007 XML" --outdir "$work/resaved" "$work/$name.lo.docx"
  cp "$work/resaved/$name.lo.docx" "$here/numbered/"
done

# Web archives, written by Python's email package (not by the reader's own code).
mkdir -p "$here/mhtml"
for name in 2024-mee-work-report 2017-state-council-gov-work-report; do
  text="$work/txt/$name.txt"
  python3 "$here/make_mhtml.py" news "$text" "$here/mhtml/$name.news.mhtml"
  python3 "$here/make_mhtml.py" gov "$text" "$here/mhtml/$name.gov.mhtml"
done

# Hostile: a PDF encrypted with a user password, and a Word 97–2003 file.
head -n 12 "$root/seeds/2024-mee-work-report.txt" > "$work/short.txt"
soffice --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$work" "$work/short.txt"
qpdf --encrypt secret owner 256 -- "$work/short.pdf" "$here/hostile/encrypted.pdf"
soffice --infilter="Text (encoded):UTF8" --convert-to doc --outdir "$work" "$work/short.txt"
cp "$work/short.doc" "$here/hostile/legacy.doc"
echo "containers: $(ls "$here"/docx | wc -l) docx, $(ls "$here"/pdf | wc -l) pdf, $(ls "$here"/numbered | wc -l) numbered, $(ls "$here"/hostile | wc -l) hostile; $(du -sh "$here" | cut -f1)"
