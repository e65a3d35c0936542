#!/usr/bin/env bash
# Cold build of the seed (process start to exit, the three default outputs: summary.pdf,
# handout.docx, briefing.json) beside pandoc md→docx and LibreOffice docx→pdf of the same content,
# timed by hyperfine in one run. Prints a Markdown table for the README.
#   MODES="aot r2r jit" (default: all three; see publish.sh)   RUNS=20
# Needs: hyperfine, pandoc, soffice (Debian: hyperfine pandoc libreoffice-writer-nogui), gcc for aot.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=seeds/2024-mee-work-report.txt

commands=()
for mode in ${MODES:-aot r2r jit}; do
  tool=$(tests/EcoBrief.Benchmarks/publish.sh "$work/$mode" "$mode")
  commands+=(-n "ecobrief build ($mode)" "$tool build $seed -o $work/out-$mode --force --quiet")
  "$tool" build "$seed" -o "$work/out-$mode" --quiet
done

# The same content for the others: the handout as Markdown (pandoc's input) and as Word (LibreOffice's).
"$tool" build "$seed" -o "$work/in" --formats handout.md,handout.docx --quiet
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-markdown "$work/table.md" \
  "${commands[@]}" \
  -n "pandoc handout.md → docx" "pandoc $work/in/2024-mee-work-report/handout.md -o $work/pandoc.docx" \
  -n "LibreOffice handout.docx → pdf" "soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $work/lo-out $work/in/2024-mee-work-report/handout.docx"
cat "$work/table.md"

# Every publish mode writes the same bytes.
for mode in ${MODES:-aot r2r jit}; do
  diff -r "$work/out-aot" "$work/out-$mode" >/dev/null 2>&1 || [ ! -d "$work/out-aot" ] || { echo "cold-build.sh: $mode output differs from aot" >&2; exit 1; }
done
