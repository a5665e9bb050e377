#!/usr/bin/env bash
# nu-ebpf beside bpftrace with ../shared/probe-bench (read-only; PB_WORK defaults to a temp dir).
#   bench/run-probes.sh [overhead|throughput|attach|all] [extra args for the probe-bench script...]
# Results: $OUT (default bench/results/probes-<date>/, not in git). Must run as root.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PB="${PROBE_BENCH:-/work/shared/probe-bench}"
NU="$ROOT/bin/nu-ebpf"
P="$HERE/probes"
what="${1:-all}"; shift || true
OUT="${OUT:-$HERE/results/probes-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$NU" -c 'null' >/dev/null   # build now, not inside a timed run
# A test-only change leaves the jar's date older than the sources, and the launcher would rebuild in every run.
export NU_EBPF_NO_BUILD=1

# A candidate: the script with READY_FILE set; {pid} is also in $WORKLOAD_PID for the script.
cand() { echo "READY_FILE=$2 $NU $P/$1"; }

overhead() {
  "$PB/overhead.sh" --out "$OUT/overhead" "$@" \
    --candidate "$(cand count.nu /tmp/nu-ebpf-ready-count)" --label nu-ebpf-comm-count \
      --ready-file /tmp/nu-ebpf-ready-count --count-regex 'count: [0-9]+' \
    --candidate "$(cand count-pid.nu /tmp/nu-ebpf-ready-pcount)" --label nu-ebpf-tgid-count \
      --ready-file /tmp/nu-ebpf-ready-pcount --count-regex 'count: [0-9]+' \
    --candidate "$(cand hist.nu /tmp/nu-ebpf-ready-hist)" --label nu-ebpf-hist \
      --ready-file /tmp/nu-ebpf-ready-hist --count-regex 'count: [0-9]+' \
    --candidate "READY_FILE=/tmp/nu-ebpf-ready-btcomm $P/bt-comm-count.sh" --label bpftrace-comm-count \
      --ready-file /tmp/nu-ebpf-ready-btcomm --count-regex ']: [0-9]+'
}
throughput() {
  "$PB/throughput.sh" --out "$OUT/throughput" --settle 3 "$@" \
    --candidate "$(cand emit.nu /tmp/nu-ebpf-ready-emit)" --label nu-ebpf-emit \
      --ready-file /tmp/nu-ebpf-ready-emit --lost-regex 'lost: [0-9]+'
}
attach() {
  # the in-shell latency (ebpf attach -> first event) is printed by the timed candidate to its stderr log
  "$PB/attach-latency.sh" --out "$OUT/attach" "$@" \
    --candidate "$NU $P/first-event.nu" --label nu-ebpf-cold-script \
    --candidate "$NU $P/first-event-timed.nu" --label nu-ebpf-cold-script-timed
  cat "$OUT"/attach/raw/nu-ebpf-cold-script-timed.run*.err 2>/dev/null | sed -n 's/.*first event: \([0-9]*\) ns/\1/p' | sort -n |
    awk '{a[NR]=$1} END {if (NR) printf "in-shell ebpf attach -> first event: median %.1f ms (min %.1f, max %.1f, %d runs)\n", a[int((NR+1)/2)]/1e6, a[1]/1e6, a[NR]/1e6, NR}'
}
case "$what" in
  overhead|throughput|attach) "$what" "$@" ;;
  all) overhead "$@"; throughput "$@"; attach "$@" ;;
  *) echo "usage: $0 [overhead|throughput|attach|all] [probe-bench args...]" >&2; exit 2 ;;
esac
echo "results: $OUT"
