#!/usr/bin/env bash
# Uncached renders (Cache-Control: no-cache) of two running instances side by side: each page type
# is driven with wrk against A, then B, alternately for ROUNDS rounds, so both see the same machine;
# prints req/s per round and the ratio of the medians (B / A).
#
# Usage: src/test/scripts/render-ab.sh http://127.0.0.1:8091/ http://127.0.0.1:8094/
#   Both instances hold the demo content (README, Run), ideally one database each of the same kind.
# Environment: DURATION (default 8s), CONNECTIONS (8), ROUNDS (3), WARMUP (20s of renders per page
# and instance: the JIT compiler of a freshly started server works for minutes, and a comparison
# made before it settles measures the compiler, not the pages), ONLY (the pages to measure, by name:
# ONLY="home|summit" takes those two; all by default).
set -euo pipefail
A="${1:?address of instance A}"; A="${A%/}/"
B="${2:?address of instance B}"; B="${B%/}/"
DURATION="${DURATION:-8s}"
CONNECTIONS="${CONNECTIONS:-8}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-20s}"
ONLY="${ONLY:-}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
# shellcheck source=render-pages.sh
source "$(dirname "$0")/render-pages.sh"
rate() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H 'Cache-Control: no-cache' "$1" |
    awk '/Requests\/sec/ {print $2}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for entry in "${PAGES[@]}"; do
  path="${entry#*|}"
  for base in "$A" "$B"; do
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H 'Cache-Control: no-cache' "$base$path" >/dev/null
  done
done
printf '%-10s %-34s %-34s %s\n' page "A req/s (rounds)" "B req/s (rounds)" "B/A (medians)"
for entry in "${PAGES[@]}"; do
  name="${entry%%|*}"; path="${entry#*|}"
  a=(); b=()
  for _ in $(seq 1 "$ROUNDS"); do
    a+=("$(rate "$A$path")")
    b+=("$(rate "$B$path")")
  done
  ma="$(median "${a[@]}")"; mb="$(median "${b[@]}")"
  printf '%-10s %-34s %-34s %.2f\n' "$name" "${a[*]}" "${b[*]}" "$(awk -v a="$ma" -v b="$mb" 'BEGIN {print b / a}')"
done
