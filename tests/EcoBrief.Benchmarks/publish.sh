#!/usr/bin/env bash
# Publishes the ecobrief command for the benchmarks:  publish.sh DIR [aot|r2r|jit]  (default: aot)
#   aot  Native AOT (needs gcc or clang; what a scheduled job or a user who runs it often should use)
#   r2r  ReadyToRun, self-contained
#   jit  a plain framework-dependent publish (what `dotnet run` and `dotnet tool install` give)
# Prints the path of the executable.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$1
mode=${2:-aot}
rid=linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')
case "$mode" in
  aot) extra=(-r "$rid" -p:PublishAot=true) ;;
  r2r) extra=(-r "$rid" --self-contained -p:PublishReadyToRun=true) ;;
  jit) extra=() ;;
  *) echo "publish.sh: unknown mode '$mode' (aot, r2r or jit)" >&2; exit 2 ;;
esac
dotnet publish src/EcoBrief.Cli -c Release -o "$dir" "${extra[@]}" -v quiet -nologo >/dev/null
# The folder holds what runs: symbols and API docs stay in bin/ (EcoBrief.Cli.csproj).
if extra_files=$(find "$dir" -maxdepth 1 \( -name '*.pdb' -o -name '*.dbg' -o -name '*.xml' \) | grep .); then
  echo "publish.sh: the published folder holds symbols or docs it should not: $extra_files" >&2
  exit 1
fi
echo "$dir/EcoBrief.Cli"
