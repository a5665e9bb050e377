#!/usr/bin/env bash
# Interpreter benchmarks, nu-ebpf beside real nu 0.115.1, in one run (compare ratios, not absolute times: the
# VM is noisy). Whole-process times with hyperfine:
#   startup  `-c '1 + 1'`
#   loop     `mut s = 0; for i in 1..1000000 { $s += $i }; $s`
#   table    bench/interp/table-pipeline.nu (100k records through where / group-by / sort-by / math)
# nu-ebpf runs in its default mode for -c (interpreter + class-data cache) and forced into the optimizing
# compiler (NU_EBPF_JIT=1). Writes bench/results/interp-<date>.md and prints it.
# Usage: bench/run-interp.sh [runs]       (needs hyperfine; real nu from .cache/nu, /work/nu or PATH)
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-10}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
NU=""
for c in "$ROOT/.cache/nu/node_modules/@nushell/linux-x64/bin/nu" /work/nu/node_modules/@nushell/linux-x64/bin/nu "$(command -v nu || true)"; do
  [ -n "$c" ] && [ -x "$c" ] && { NU="$c"; break; }
done
[ -n "$NU" ] || { echo "needs real nu: npm install --prefix .cache/nu nushell@0.115.1" >&2; exit 1; }

bin/nu-ebpf -c '1 + 1' >/dev/null   # build and create the class-data cache outside the measurement
mkdir -p bench/results
out="bench/results/interp-$(date -u +%Y%m%dT%H%M%SZ)"
LOOP='mut s = 0; for i in 1..1000000 { $s += $i }; $s'

hyperfine -N --warmup 2 --runs "$RUNS" --export-markdown "$out-startup.md" \
  -n "nu -c '1 + 1'" "$NU -n -c '1 + 1'" \
  -n "nu-ebpf -c '1 + 1'" "bin/nu-ebpf -c '1 + 1'" \
  -n "nu-ebpf -c '1 + 1' (JIT)" "env NU_EBPF_JIT=1 bin/nu-ebpf -c '1 + 1'"

hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$out-loop.md" \
  -n "nu loop" "$NU -n -c '$LOOP'" \
  -n "nu-ebpf loop" "bin/nu-ebpf -c '$LOOP'" \
  -n "nu-ebpf loop (JIT)" "env NU_EBPF_JIT=1 bin/nu-ebpf -c '$LOOP'"

hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$out-table.md" \
  -n "nu table" "$NU -n bench/interp/table-pipeline.nu" \
  -n "nu-ebpf table" "bin/nu-ebpf bench/interp/table-pipeline.nu"

{
  echo "Machine: $(nproc) cores, $(uname -r), $(date -u +%F), nu $("$NU" -n -c 'version | get version'), java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' /usr/lib/jvm/temurin-25-jdk-amd64/release 2>/dev/null)"
  echo
  cat "$out-startup.md"
  echo
  cat "$out-loop.md"
  echo
  cat "$out-table.md"
} > "$out.md"
cat "$out.md"
