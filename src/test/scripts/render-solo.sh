#!/usr/bin/env bash
# Uncached renders (Cache-Control: no-cache) of several builds, each measured alone: for every
# checkout named, in turn, start its WAR on a fresh H2 database with the demo content, render each
# page for WARMUP, wait until the JIT compiler's queue is empty, then drive each page for ROUNDS
# rounds of DURATION with wrk and stop the server; PASSES repeats the whole sequence (A B A B …) so
# that a drift of the machine shows as a difference between passes rather than between builds.
# Prints req/s per round and, per page and build, the median of all its rounds.
#
# Usage: src/test/scripts/render-solo.sh /work/base /work/main
#   each argument a checkout with target/summitry.war and target/payara-micro.jar built
#   (mvn -DskipTests package); a checkout without config/pre-boot.asadmin starts without it.
# Environment: PORT (8100), WARMUP (60s per page), DURATION (8s), CONNECTIONS (8), ROUNDS (5),
# PASSES (2), ONLY (pages by name, "home|search"; all by default).
set -euo pipefail
PORT="${PORT:-8100}"
WARMUP="${WARMUP:-60s}"
DURATION="${DURATION:-8s}"
CONNECTIONS="${CONNECTIONS:-8}"
ROUNDS="${ROUNDS:-5}"
PASSES="${PASSES:-2}"
ONLY="${ONLY:-}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
(($# > 0)) || { echo "usage: $0 CHECKOUT [CHECKOUT…]" >&2; exit 2; }
# shellcheck source=render-pages.sh
source "$(dirname "$0")/render-pages.sh"
BASE="http://127.0.0.1:$PORT/"
RESULTS="$(mktemp)"
SERVER=""
stop() {
  if [[ -n "$SERVER" ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap 'stop; rm -f "$RESULTS"' EXIT

rate() {
  wrk -t2 -c"$CONNECTIONS" -d"$1" -H 'Cache-Control: no-cache' "$2" |
    awk '/Requests\/sec/ {print $2}'
}

for ((pass = 1; pass <= PASSES; pass++)); do
  for checkout in "$@"; do
    name="$(basename "$checkout")@$(git -C "$checkout" rev-parse --short HEAD)"
    data="$(mktemp -d)"
    preboot=()
    [[ -f "$checkout/config/pre-boot.asadmin" ]] &&
      preboot=(--prebootcommandfile "$checkout/config/pre-boot.asadmin")
    SUMMITRY_DATA_DIR="$data" java -Xmx1g -jar "$checkout/target/payara-micro.jar" \
      --deploy "$checkout/target/summitry.war" --contextroot / --port "$PORT" --nocluster \
      "${preboot[@]}" >"$data/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 240); do
      curl -fs -o /dev/null "${BASE}summits/putin-kim-summit-pyongyang-2024" && break
      sleep 1
    done
    curl -fs -o /dev/null "${BASE}summits/putin-kim-summit-pyongyang-2024" ||
      { echo "$name did not start; see $data/server.log" >&2; exit 1; }
    for entry in "${PAGES[@]}"; do
      rate "$WARMUP" "$BASE${entry#*|}" >/dev/null
    done
    for _ in $(seq 1 30); do
      queued="$(jcmd "$SERVER" Compiler.queue 2>/dev/null | grep -c '::' || true)"
      [[ "$queued" == 0 ]] && break
      rate 5s "${BASE}${PAGES[0]#*|}" >/dev/null
    done
    echo "pass $pass, $name: warmed up (compiler queue: ${queued:-?})"
    for ((round = 1; round <= ROUNDS; round++)); do
      line="  round $round:"
      for entry in "${PAGES[@]}"; do
        r="$(rate "$DURATION" "$BASE${entry#*|}")"
        echo "$name|${entry%%|*}|$r" >>"$RESULTS"
        line+=" ${entry%%|*} $r"
      done
      echo "$line"
    done
    stop
    rm -rf "$data"
  done
done

echo
echo "median req/s over $PASSES passes × $ROUNDS rounds:"
for entry in "${PAGES[@]}"; do
  page="${entry%%|*}"
  line="  $page:"
  for checkout in "$@"; do
    name="$(basename "$checkout")@$(git -C "$checkout" rev-parse --short HEAD)"
    median="$(awk -F'|' -v n="$name" -v p="$page" '$1 == n && $2 == p {print $3}' "$RESULTS" |
      sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}')"
    line+=" $name $median"
  done
  echo "$line"
done
