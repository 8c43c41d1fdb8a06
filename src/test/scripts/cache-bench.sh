#!/usr/bin/env bash
# Public pages through caches (issue 19), side by side in one run:
#  1. the shipped nginx tier (config/nginx/summitry.conf) serving a summit page and a gift page,
#     against the same nginx serving the very same bytes as a static file;
#  2. conditional GETs answered 304 against full renders of the same page, and the database
#     transactions each sends (PostgreSQL only: set BENCH_PSQL);
#  3. renders without the page cache (Cache-Control: no-cache), per page type;
#  4. the compressed size of a summit page.
#
# Usage: src/test/scripts/cache-bench.sh http://127.0.0.1:8080/
#   with a running instance holding the demo content (README, Run). Needs wrk, nginx, curl.
# Environment: DURATION (default 10s), CONNECTIONS (32), RENDER_CONNECTIONS (8),
#   BENCH_PSQL: a psql command reaching the instance's database, for instance
#   "psql -h 127.0.0.1 -U summitry_bench summitry_bench" (PGPASSWORD in the environment).
set -euo pipefail

APP="${1:?the address of a running instance, such as http://127.0.0.1:8080/}"
APP="${APP%/}/"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
RENDER_CONNECTIONS="${RENDER_CONNECTIONS:-8}"
SUMMIT="summits/putin-kim-summit-pyongyang-2024"
GIFT="gifts/aurus-limousine-2024"
HERE="$(cd "$(dirname "$0")/../../.." && pwd)"
NGINX="${NGINX:-/usr/sbin/nginx}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -x "$NGINX" ] || { echo "nginx is needed (apt-get install nginx-light)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap '[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PROXY_PORT="$(free_port)"
STATIC_PORT="$(free_port)"
APP_HOSTPORT="$(echo "$APP" | sed -E 's#^https?://([^/]+)/.*#\1#')"
mkdir -p "$WORK/cache" "$WORK/static"
# nginx workers run as another user when started by root
chmod 755 "$WORK" "$WORK/static"
chmod 777 "$WORK/cache"
sed -e "s#/var/cache/nginx/summitry#$WORK/cache#" \
    -e "s#server 127.0.0.1:8080#server $APP_HOSTPORT#" \
    -e "s#listen 80;#listen 127.0.0.1:$PROXY_PORT;#" \
    "$HERE/config/nginx/summitry.conf" > "$WORK/summitry.conf"
cat > "$WORK/nginx.conf" <<EOF
daemon on;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $WORK/body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  include $WORK/summitry.conf;
  server {
    listen 127.0.0.1:$STATIC_PORT;
    root $WORK/static;
    location / { default_type text/html; add_header Content-Encoding gzip; }
  }
}
EOF
"$NGINX" -c "$WORK/nginx.conf"
PROXY="http://127.0.0.1:$PROXY_PORT/"
STATIC="http://127.0.0.1:$STATIC_PORT/"

rate() { grep -E '^Requests/sec' | awk '{print $2}'; }
p99() { grep -E '^ +99%' | awk '{print $2}'; }
bench() { # name url connections [header...]
  local name="$1" url="$2" conns="$3"; shift 3
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  local out
  out="$(wrk -t2 -c"$conns" -d"$DURATION" --latency "${args[@]}" "$url")"
  local errors
  errors="$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)"
  printf '| %s | %s | %s | %s |\n' "$name" "$(echo "$out" | rate)" "$(echo "$out" | p99)" "${errors:-}"
}
transactions() {
  [ -n "${BENCH_PSQL:-}" ] || { echo "-"; return; }
  $BENCH_PSQL -Atqc "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"
}

echo "# $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); app $APP"
echo
echo "## 1. Through the shipped proxy, against the same bytes as a static file ($CONNECTIONS connections, gzip)"
for page in "$SUMMIT" "$GIFT"; do
  for _ in 1 2 3; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$PROXY$page"; done
  name="$(basename "$page")"
  curl -s -H 'Accept-Encoding: gzip' -o "$WORK/static/$name" "$PROXY$page"
done
echo "| Answer | req/s | p99 | errors |"
echo "| --- | ---: | ---: | --- |"
for page in "$SUMMIT" "$GIFT"; do
  name="$(basename "$page")"
  bench "static file, $name" "$STATIC$name" "$CONNECTIONS" 'Accept-Encoding: gzip'
  bench "proxy, $page" "$PROXY$page" "$CONNECTIONS" 'Accept-Encoding: gzip'
done
echo "cache status of the last proxy answer: $(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$PROXY$GIFT" | grep -i '^X-Proxy-Cache' | tr -d '\r')"

echo
echo "## 2. Conditional GETs against full renders, straight to the app ($RENDER_CONNECTIONS connections)"
TAG="$(curl -s -o /dev/null -D - "$APP$SUMMIT" | grep -i '^ETag:' | cut -d' ' -f2- | tr -d '\r')"
echo "| Answer | req/s | p99 | errors | database transactions |"
echo "| --- | ---: | ---: | --- | ---: |"
before="$(transactions)"; sleep "${DURATION%s}"; after="$(transactions)"
echo "| idle for $DURATION | | | | $([ "$before" = "-" ] && echo - || echo $((after - before))) |"
before="$(transactions)"
row="$(bench "304, $SUMMIT" "$APP$SUMMIT" "$RENDER_CONNECTIONS" "If-None-Match: $TAG")"
after="$(transactions)"
echo "$row $([ "$before" = "-" ] && echo - || echo $((after - before))) |"
before="$(transactions)"
row="$(bench "full render, $SUMMIT" "$APP$SUMMIT" "$RENDER_CONNECTIONS" 'Cache-Control: no-cache')"
after="$(transactions)"
echo "$row $([ "$before" = "-" ] && echo - || echo $((after - before))) |"

echo
echo "## 3. Renders without the page cache, per page type ($RENDER_CONNECTIONS connections)"
echo "| Page | req/s | p99 | errors |"
echo "| --- | ---: | ---: | --- |"
for page in "" "$SUMMIT" "$GIFT" "gifts" "people/kim-jong-un" "search?q=dog" "timeline"; do
  bench "/${page}" "$APP$page" "$RENDER_CONNECTIONS" 'Cache-Control: no-cache'
done

echo
echo "## 4. A summit page compressed"
echo "$(curl -s -H 'Accept-Encoding: gzip' "$APP$SUMMIT" | wc -c) bytes gzipped, $(curl -s "$APP$SUMMIT" | wc -c) bytes plain"
