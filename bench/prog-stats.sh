#!/usr/bin/env bash
# Kernel-side cost per event: with kernel.bpf_stats_enabled=1, runs each tracer on one `workload pid getppid N`
# and prints the workload's ns/call beside the attached program's run_time_ns/run_cnt (bpftool), for nu-ebpf's
# count candidates and bpftrace's count programs. Root; needs bpftool and jq. Usage: bench/prog-stats.sh [N] [rounds]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
N="${1:-1000000}"; ROUNDS="${2:-2}"
PB_WORK="${PB_WORK:-${TMPDIR:-/tmp}/probe-bench}"
W="$PB_WORK/workload"
[ -x "$W" ] || { mkdir -p "$PB_WORK"; gcc -O2 -static -o "$W" /work/shared/probe-bench/workload.c; }
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$ROOT/bin/nu-ebpf" -c 'null' >/dev/null
old="$(sysctl -n kernel.bpf_stats_enabled)"
sysctl -qw kernel.bpf_stats_enabled=1
trap 'sysctl -qw kernel.bpf_stats_enabled=$old' EXIT
tmp="$(mktemp -d)"

one() { # label command...: the command gets WORKLOAD_PID and must create $READY_FILE once attached
  local label=$1; shift
  mkfifo "$tmp/go"
  setsid "$W" pid getppid "$N" <"$tmp/go" >"$tmp/wl.out" 2>&1 & local wp=$!
  exec 9>"$tmp/go"
  export WORKLOAD_PID=$wp READY_FILE="$tmp/ready"; rm -f "$READY_FILE"
  setsid bash -c "$*" >"$tmp/$label.out" 2>&1 & local tp=$!
  for _ in $(seq 1 300); do [ -e "$READY_FILE" ] && break; sleep 0.2; done
  echo go >&9; exec 9>&-; wait "$wp"
  printf '%-16s %8s ns/call  ' "$label" "$(tail -1 "$tmp/wl.out" | jq -r .ns_per_call)"
  bpftool prog show -j | jq -r --argjson n "$N" '.[] | select(.type=="tracepoint" and .run_cnt >= $n)
      | "prog \(.id) \(.bytes_xlated/8) insns  \(.run_time_ns/.run_cnt|floor) ns/run"' | tr '\n' ' '; echo
  kill -INT -- -"$tp" 2>/dev/null || true; wait "$tp" || true; rm -f "$tmp/go"
}
bt() { echo "env __BPFTRACE_NOTIFY_PROBES_ATTACHED=1 bpftrace -e 'tracepoint:syscalls:sys_enter_getppid /pid == '\$WORKLOAD_PID'/ { $1 }' 2> >(while read -r l; do case \$l in *ATTACHED*) touch \$READY_FILE;; esac; done)"; }
for _ in $(seq 1 "$ROUNDS"); do
  one nu-comm-count "$ROOT/bin/nu-ebpf $HERE/probes/count.nu"
  one bt-comm-count "$(bt '@[comm] = count();')"
  one nu-tgid-count "$ROOT/bin/nu-ebpf $HERE/probes/count-pid.nu"
  one bt-count "$(bt '@c = count();')"
  one no-probe "touch \$READY_FILE"
done
rm -rf "$tmp"
