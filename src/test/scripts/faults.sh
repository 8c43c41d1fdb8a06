#!/usr/bin/env bash
# Load and faults (issue 20): the archive on PostgreSQL under reads and curators' writes at once,
# and what it keeps when things go wrong. Each scenario starts the built WAR on Payara Micro
# (target/summitry.war, target/payara-micro.jar: build them first with mvn -DskipTests package),
# drives it with the mixed load (org.summitry.scale.MixedLoad, profile -Pmixed-load) and checks
# every acknowledged write against the database and the photo folder afterwards.
#
#   src/test/scripts/faults.sh load        64 clients x 5 minutes, 10 % writes (photos, a CSV import)
#   src/test/scripts/faults.sh crash       kill -9 amid the writes and an import, restart, audit, index
#   src/test/scripts/faults.sh db-outage   PostgreSQL stopped for 30 s under load, per-second picture
#   src/test/scripts/faults.sh disk-full   the photo folder on a small tmpfs, uploads until it is full
#   src/test/scripts/faults.sh all         the four, one after the other
#
# Settings (environment variables; the defaults are the issue's figures):
#   FAULTS_CLIENTS=64 FAULTS_SECONDS=300   clients and seconds of the load and of the crash run
#   FAULTS_WRITES=0.10                     share of operations that are a curator's writes
#   FAULTS_OUTAGE=30                       seconds PostgreSQL stays stopped
#   FAULTS_GIFTS=20000                     gifts of the generated catalog (0: the demo content only)
#   FAULTS_DB=summitry_faults              PostgreSQL database (created; _disk for disk-full)
#   FAULTS_PORT=18920 FAULTS_HEAP=1g       the app's HTTP port and maximum heap
#   FAULTS_DISK_MB=20                      size of the tmpfs of the disk-full scenario
#   FAULTS_WORK=target/faults              where logs, ledgers and reports go
#   FAULTS_FRESH=false                     true: drop and generate the database again first
#   FAULTS_PG_CLUSTER=main FAULTS_PG_PORT=5432   the local PostgreSQL cluster (trust, user postgres)
# The cluster is stopped and started with pg_ctlcluster, which every other user of it notices (a
# cluster of one's own avoids that: pg_createcluster 15 faults -p 5434 --start, then
# FAULTS_PG_CLUSTER=faults FAULTS_PG_PORT=5434); it is started again however the script ends.
# Needs root for the tmpfs mount.
set -euo pipefail

cd "$(dirname "$0")/../../.."
ROOT=$PWD
CLIENTS=${FAULTS_CLIENTS:-64}
DURATION=${FAULTS_SECONDS:-300}
WRITES=${FAULTS_WRITES:-0.10}
OUTAGE=${FAULTS_OUTAGE:-30}
GIFTS=${FAULTS_GIFTS:-20000}
DB=${FAULTS_DB:-summitry_faults}
PORT=${FAULTS_PORT:-18920}
HEAP=${FAULTS_HEAP:-1g}
DISK_MB=${FAULTS_DISK_MB:-20}
WORK=$(mkdir -p "${FAULTS_WORK:-target/faults}" && cd "${FAULTS_WORK:-target/faults}" && pwd)
FRESH=${FAULTS_FRESH:-false}
ADMIN_PASSWORD='faults admin passphrase'
PG_VERSION=$(ls /etc/postgresql | sort -n | tail -1)
PG_CLUSTER=${FAULTS_PG_CLUSTER:-main}
PG_PORT=${FAULTS_PG_PORT:-5432}
BASE=http://127.0.0.1:$PORT
APP_PID=
LOAD_PID=
STAMP=$(date +%Y%m%d-%H%M%S)

say() { printf '\n== %s %s\n' "$(date +%H:%M:%S)" "$*"; }

pg() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" "$@"; }
pg_running() { pg_lsclusters -h | awk -v c="$PG_CLUSTER" '$2 == c {print $4}' | grep -q online; }
psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -tAc "$2"; }
db_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"; }

cleanup() {
  if [[ -n "$LOAD_PID" ]] && kill -0 "$LOAD_PID" 2>/dev/null; then
    kill "$LOAD_PID" 2>/dev/null || true
  fi
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
  fi
  if ! pg_running; then
    echo "Starting PostgreSQL again" >&2
    pg start || true
  fi
  if mountpoint -q "$WORK/disk-full/data/photos" 2>/dev/null; then
    umount "$WORK/disk-full/data/photos" || true
  fi
}
trap cleanup EXIT

# The WAR and Payara Micro copied aside, so that a build during a run changes nothing under it.
prepare_app() {
  if [[ ! -f target/summitry.war || ! -f target/payara-micro.jar ]]; then
    say "Building the WAR"
    mvn -q -DskipTests package
  fi
  mkdir -p "$WORK/app" "$WORK/logs"
  cp target/summitry.war target/payara-micro.jar "$WORK/app/"
}

# A database with a generated catalog of $2 gifts (and no photo records: every photo row of the
# audit then has a file to find), made once and kept for the next scenarios with its data folder
# $3 (photos, search index), which starts empty with the database.
prepare_db() {
  local name=$1 gifts=$2 data=$3
  pg_running || pg start
  if [[ "$FRESH" == true ]]; then
    dropdb -h 127.0.0.1 -p "$PG_PORT" -U postgres --if-exists "$name"
  fi
  if [[ -z "$(psql_q postgres "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]]; then
    createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres "$name"
    rm -rf "$data"
  fi
  if ((gifts > 0)) && [[ "$(psql_q "$name" 'SELECT COUNT(*) FROM gift' 2>/dev/null || echo 0)" == 0 ]]; then
    say "Generating $gifts gifts into $name"
    SUMMITRY_DB_URL=$(db_url "$name") SUMMITRY_DB_USER=postgres \
      mvn -q -Pgenerate -DskipTests process-test-classes -Dgifts="$gifts" -Dphotos=0
  fi
}

# Starts the app on database $2 with data folder $3; waits until its search index follows the
# journal (the first start on a generated catalog builds it).
start_app() {
  local name=$1 db=$2 data=$3
  mkdir -p "$data"
  local log=$WORK/logs/$STAMP-$name.log
  (cd "$WORK" && SUMMITRY_DB_URL=$(db_url "$db") SUMMITRY_DB_USER=postgres \
    SUMMITRY_DB_PASSWORD= SUMMITRY_DATA_DIR=$data SUMMITRY_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    exec java -Xmx"$HEAP" -Djava.awt.headless=true -jar app/payara-micro.jar \
    --deploy app/summitry.war --contextroot / --port "$PORT" --nocluster \
    --prebootcommandfile "$ROOT/config/pre-boot.asadmin" >"$log" 2>&1) &
  APP_PID=$!
  APP_LOG=$log
  local started=$SECONDS
  until curl -sf -o /dev/null --max-time 5 "$BASE/health/ready" 2>/dev/null; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The app exited; see $log" >&2
      tail -30 "$log" >&2
      exit 1
    fi
    if ((SECONDS - started > 600)); then
      echo "The app was not ready within 10 minutes; see $log" >&2
      exit 1
    fi
    sleep 2
  done
  local ready=$((SECONDS - started))
  until curl -s --max-time 5 "$BASE/health/ready" | grep -q '"state": *"FOLLOWING"'; do
    if ((SECONDS - started > 900)); then
      echo "The search index does not follow the journal after 15 minutes" >&2
      break
    fi
    sleep 5
  done
  say "App $name (pid $APP_PID) ready after ${ready} s, index following after $((SECONDS - started)) s; log $log"
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# The mixed load (or its audit) against the app, with the database's settings for the audit.
# In the background: (EXEC=exec mixed_load ...) & so that $! is Maven's own process.
mixed_load() {
  local db=$1 data=$2
  shift 2
  SUMMITRY_DB_URL=$(db_url "$db") SUMMITRY_DB_USER=postgres SUMMITRY_DB_PASSWORD= \
    ${EXEC:-} mvn -q -Pmixed-load -DskipTests process-test-classes -Dbase="$BASE" -Ddata="$data" \
    -Dadmin-password="$ADMIN_PASSWORD" -Dwrites="$WRITES" "$@"
}

# Waits until the load run writing to $1 has found its addresses and started its clients.
await_load_start() {
  until [[ -f "$1/started" ]]; do
    if ! kill -0 "$LOAD_PID" 2>/dev/null; then
      echo "The load ended before it started; see its output" >&2
      return 1
    fi
    sleep 1
  done
}

# Files left in photos/tmp, the staging folder of uploads.
staged_files() {
  local tmp=$1/photos/tmp
  if [[ -d "$tmp" ]]; then
    echo "photos/tmp: $(find "$tmp" -type f | wc -l) files, $(du -sh "$tmp" | cut -f1)"
    find "$tmp" -type f -printf '  %f %s bytes %TT\n' | head -10
  else
    echo "photos/tmp: no such folder (nothing uploaded yet)"
  fi
}

# Once a second until stopped: how /health/ready and the home page answer (status, seconds), as a
# load balancer and a visitor see them, each with its own 30-second limit; by the second asked.
probe_loop() {
  local file=$1 started=$SECONDS
  printf 's\tready\tready_s\thome\thome_s\n' >"$file"
  while true; do
    {
      local at=$((SECONDS - started)) ready home
      ready=$(curl -s -o /dev/null -w '%{http_code}\t%{time_total}' --max-time 30 "$BASE/health/ready")
      home=$(curl -s -o /dev/null -w '%{http_code}\t%{time_total}' --max-time 30 "$BASE/")
      printf '%s\t%s\t%s\n' "$at" "$ready" "$home" >>"$file"
    } &
    sleep 1
  done
}

# What the app logged: counts of severe and warning lines, and the first distinct severe messages.
log_summary() {
  local log=$1
  echo "Log $log: $(grep -c 'SEVERE' "$log" || true) SEVERE, $(grep -c 'WARNING' "$log" || true) WARNING lines"
  grep -A1 'SEVERE' "$log" | grep -v '^--$' | grep -v 'SEVERE' | cut -c1-200 | sort | uniq -c | sort -rn | head -8 || true
}

scenario_load() {
  local out=$WORK/load-$STAMP data=$WORK/data-$PG_CLUSTER-$DB
  say "Scenario load: $CLIENTS clients x $DURATION s on $DB"
  prepare_db "$DB" "$GIFTS" "$data"
  start_app load "$DB" "$data"
  mixed_load "$DB" "$data" -Dclients="$CLIENTS" -Dseconds="$DURATION" -Dpid="$APP_PID" \
    -Dout="$out" -Dindex-check=true 2>&1 | tee "$WORK/load-$STAMP.txt" || true
  log_summary "$APP_LOG"
  stop_app
}

scenario_crash() {
  local out=$WORK/crash-$STAMP data=$WORK/data-$PG_CLUSTER-$DB
  local import_at=$((DURATION / 5)) latest=$((DURATION / 2))
  say "Scenario crash: $CLIENTS clients x $DURATION s; kill -9 of the app once the CSV import has"
  echo "committed its first batch (it starts at $import_at s), at $latest s at the latest"
  prepare_db "$DB" "$GIFTS" "$data"
  start_app crash "$DB" "$data"
  # An import of 1,000 rows (five batches of 200) is to be cut in the middle; after the restart
  # the load resumes it from its progress page, as a curator would, once it is resumable.
  (EXEC=exec mixed_load "$DB" "$data" -Dclients="$CLIENTS" -Dseconds="$DURATION" -Dout="$out" \
    -Dverify=false -Dimport-rows=1000 -Dimport-at="$import_at" -Dimport-wait=600 \
    >"$WORK/crash-$STAMP-load.txt" 2>&1) &
  LOAD_PID=$!
  await_load_start "$out"
  local began=$SECONDS
  until grep -q $'\tACK\timport\t' "$out/ledger.tsv" 2>/dev/null || ((SECONDS - began >= latest)); do
    sleep 0.5
  done
  say "kill -9 $APP_PID, $((SECONDS - began)) s into the load"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  local killed=$SECONDS
  log_summary "$APP_LOG"
  staged_files "$data"
  say "Audit right after the kill (before the restart)"
  mixed_load "$DB" "$data" -Dverify-only=true -Dindex-check=false -Dledger="$out/ledger.tsv" 2>&1 |
    tee "$WORK/crash-$STAMP-after-kill.txt" || true
  start_app crash-restart "$DB" "$data"
  say "Restarted $((SECONDS - killed)) s after the kill; waiting for the load (and its import) to end"
  wait "$LOAD_PID" || true
  cat "$WORK/crash-$STAMP-load.txt"
  say "Audit after the restart, with the search index"
  staged_files "$data"
  mixed_load "$DB" "$data" -Dverify-only=true -Dledger="$out/ledger.tsv" 2>&1 |
    tee "$WORK/crash-$STAMP-audit.txt" || true
  log_summary "$APP_LOG"
  stop_app
}

scenario_db_outage() {
  local out=$WORK/outage-$STAMP data=$WORK/data-$PG_CLUSTER-$DB
  local before=30 after=60
  local total=$((before + OUTAGE + after))
  say "Scenario db-outage: $CLIENTS clients x $total s, PostgreSQL stopped from $before s for $OUTAGE s"
  prepare_db "$DB" "$GIFTS" "$data"
  start_app outage "$DB" "$data"
  local pid=$APP_PID
  (EXEC=exec mixed_load "$DB" "$data" -Dclients="$CLIENTS" -Dseconds="$total" -Dout="$out" \
    -Dtimeline=true -Dimport-at=5 >"$WORK/outage-$STAMP.txt" 2>&1) &
  LOAD_PID=$!
  await_load_start "$out"
  sleep $((before - 5))
  probe_loop "$WORK/outage-$STAMP-probes.tsv" &
  local probes=$!
  sleep 5
  say "Stopping PostgreSQL"
  local lines
  lines=$(wc -l <"$APP_LOG")
  local stopping=$SECONDS
  pg stop
  echo "PostgreSQL stopped in $((SECONDS - stopping)) s"
  sleep "$OUTAGE"
  say "Starting PostgreSQL"
  pg start
  sleep 30
  kill "$probes"
  wait "$LOAD_PID" || true
  cat "$WORK/outage-$STAMP.txt"
  say "/health/ready and / once a second from 5 s before the stop to 30 s after the start"
  echo "(s: when asked, since the probes began; the stop began at 5 s, the start at about $((7 + OUTAGE)) s)"
  sort -n "$WORK/outage-$STAMP-probes.tsv"
  say "After the outage"
  if kill -0 "$pid" 2>/dev/null; then echo "The app (pid $pid) is still running: not restarted"; fi
  echo "/health/ready: $(curl -s -w ' (%{http_code}, %{time_total} s)' --max-time 30 "$BASE/health/ready")"
  echo "Home page: $(curl -s -o /dev/null -w '%{http_code}, %{time_total} s' --max-time 30 "$BASE/")"
  echo "Log lines written from the outage on:"
  tail -n +"$lines" "$APP_LOG" >"$WORK/outage-$STAMP-log-during.txt"
  log_summary "$WORK/outage-$STAMP-log-during.txt"
  stop_app
}

scenario_disk_full() {
  local out=$WORK/disk-full-$STAMP data=$WORK/disk-full/data db=${DB}_disk
  say "Scenario disk-full: photos on a ${DISK_MB} MB tmpfs, database $db"
  pg_running || pg start
  dropdb -h 127.0.0.1 -p "$PG_PORT" -U postgres --if-exists "$db"
  createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres "$db"
  rm -rf "$WORK/disk-full"
  mkdir -p "$data/photos"
  mount -t tmpfs -o size="${DISK_MB}m" tmpfs "$data/photos"
  start_app disk-full "$db" "$data"
  df -h "$data/photos" | tail -1
  mixed_load "$db" "$data" -Dmode=fill-photos -Dout="$out" 2>&1 | tee "$WORK/disk-full-$STAMP.txt" || true
  df -h "$data/photos" | tail -1
  staged_files "$data"
  echo "Log lines about the disk: $(grep -c 'No space left' "$APP_LOG" || true) with 'No space left'"
  grep -m3 'No space left' "$APP_LOG" | cut -c1-300 || true
  log_summary "$APP_LOG"
  stop_app
  umount "$data/photos"
}

prepare_app
[[ $# -gt 0 ]] || set -- all
for scenario in "$@"; do
  case $scenario in
  load) scenario_load ;;
  crash) scenario_crash ;;
  db-outage) scenario_db_outage ;;
  disk-full) scenario_disk_full ;;
  all) scenario_load; scenario_crash; scenario_db_outage; scenario_disk_full ;;
  *) echo "Unknown scenario $scenario: load, crash, db-outage, disk-full or all" >&2; exit 2 ;;
  esac
done
