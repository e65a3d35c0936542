#!/usr/bin/env bash
# Scaling of the whole tool: 1, 10 and 100 reports in one `build --jobs 2`, and one large report,
# each in a fresh process under /usr/bin/time -v (wall time, peak resident memory).
#   PUBLISH=aot|r2r|jit (default aot, see publish.sh)   SIZES="1 2 4 8 10"   FORMATS=pdf,docx,json
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool=$(tests/EcoBrief.Benchmarks/publish.sh "$work/tool" "${PUBLISH:-aot}")

measure() { # label, then the command
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  printf '| %s | %s | %d MB |\n' "$label" "$wall" $((rss / 1024))
}

echo "| run | wall time | peak memory |"
echo "|---|---|---|"
for n in 1 10 100; do
  mkdir -p "$work/in$n"
  for i in $(seq 1 "$n"); do cp seeds/2024-mee-work-report.txt "$work/in$n/report-$i.txt"; done
  measure "$n report(s), build --jobs 2 (${FORMATS:-pdf,docx,json})" "$tool" build "$work/in$n"/*.txt -o "$work/out$n" --jobs 2 --quiet --formats "${FORMATS:-pdf,docx,json}"
  [ "$(find "$work/out$n" -type f | wc -l)" -ge "$n" ] || { echo "scale.sh: $n report(s) wrote too few files" >&2; exit 1; }
done
dotnet build -c Release tests/EcoBrief.Benchmarks -v quiet -nologo >/dev/null
for mb in ${SIZES:-1 2 4 8 10}; do
  dotnet tests/EcoBrief.Benchmarks/bin/Release/net10.0/EcoBrief.Benchmarks.dll synthetic "$mb" "$work/synthetic-$mb.txt"
  measure "synthetic ${mb} MB report, build (${FORMATS:-pdf,docx,json})" "$tool" build "$work/synthetic-$mb.txt" -o "$work/out-synthetic" --quiet --formats "${FORMATS:-pdf,docx,json}"
  measure "synthetic ${mb} MB report, extraction only (benchmark harness, JIT)" dotnet tests/EcoBrief.Benchmarks/bin/Release/net10.0/EcoBrief.Benchmarks.dll "scale=$mb"
done
