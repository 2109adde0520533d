#!/usr/bin/env bash
# Measures one start: seconds from launching the JVM to the first HTTP 200 on /login, then the idle RSS
# 20 s later, then stops the application. Used for the "Fast restarts" figures in docs/benchmarks.md.
#
#   deploy/aot/measure-start.sh <label> <command...>
#   e.g. PORT=8093 SPRING_DATASOURCE_URL=... deploy/aot/measure-start.sh plain java -jar target/orderan-0.1.0-SNAPSHOT.jar
#
# Prints: <label> first_page_s=<s> started_s=<Spring's "Started ... in" figure> rss_mb=<idle RSS>
set -euo pipefail

label=$1; shift
port=${PORT:-8080}
log=$(mktemp)
start=$(date +%s.%N)
"$@" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the application exited" >&2; tail -30 "$log" >&2; exit 1; fi
  sleep 0.05
done
first=$(echo "$(date +%s.%N) - $start" | bc)
started=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
sleep 20
rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
printf '%s first_page_s=%.2f started_s=%s rss_mb=%s\n' "$label" "$first" "${started:-?}" "$rss"
kill "$pid"; wait "$pid" 2>/dev/null || true
