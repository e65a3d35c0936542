#!/usr/bin/env bash
# Cold build of the seed (process start to exit, all three default outputs) beside pandoc md→docx
# and LibreOffice docx→pdf of the same content, timed by hyperfine in one run. Prints a Markdown
# table for the README.  Needs: hyperfine, pandoc, soffice (Debian: hyperfine pandoc libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/EcoBrief.Cli -c Release -o "$work/tool" -p:PublishReadyToRun=${READY_TO_RUN:-false} -v quiet -nologo >/dev/null
"$work/tool/EcoBrief.Cli" build seeds/2024-mee-work-report.txt -o "$work/out" --formats md,docx --quiet
cp "$work/out/2024-mee-work-report/handout.md" "$work/handout.md"
cp "$work/out/2024-mee-work-report/handout.docx" "$work/handout.docx"

hyperfine --warmup 2 --runs ${RUNS:-10} --export-markdown "$work/table.md" \
  -n "ecobrief build (pdf, docx, json)" "$work/tool/EcoBrief.Cli build seeds/2024-mee-work-report.txt -o $work/out --force --quiet" \
  -n "pandoc md→docx" "pandoc $work/handout.md -o $work/pandoc.docx" \
  -n "LibreOffice docx→pdf" "soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $work/lo-out $work/handout.docx"
cat "$work/table.md"
