#!/usr/bin/env bash
# Soak benchmark: signs in three users of three tenants and sends many thousands of requests
# (reads and draft-referral writes) while measuring the Liberty server's heap after a full GC.
#
#   benchmarks/soak/run.sh [--requests N] [--every K] [--out FILE]   (defaults: 20000, 1000,
#                                                      benchmarks/soak/results/soak-<date>.csv)
#   benchmarks/soak/run.sh --smoke   (what bin/test runs: 400 requests, every sign-in, read and save
#                                     must work; too short for a heap verdict, so only errors fail it)
#
# Uses the product on http://localhost:9080 if /health/ready answers 200 there; otherwise starts it
# with ./bin/run (in its own process group, database "safeguarding_soak", recreated so every run
# starts from the same empty tenants; log in benchmarks/soak/results/product-<date>.log), and stops
# it again at the end. Exit status is the benchmark's: 0 flat and no errors, 1 the heap grew,
# 2 requests failed or showed another tenant.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
SOAK="$REPO/benchmarks/soak"
APP="${SOAK_APP:-http://localhost:9080}"
DB="${SOAK_DB_NAME:-safeguarding_soak}"
STAMP="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$SOAK/results"

requests=20000
every=1000
out="$SOAK/results/soak-$STAMP.csv"
smoke=false
while (($#)); do
  case "$1" in
    --smoke) smoke=true; requests=400; every=100; shift ;;
    --requests) requests="$2"; shift 2 ;;
    --every) every="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--requests N] [--every K] [--out FILE]" >&2; exit 3 ;;
  esac
done

ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$APP/health/ready" || true)" == 200 ]]; }

product_pgid=""
stop_product() {
  [[ -n "$product_pgid" ]] || return 0
  echo "==> Stopping the product (process group $product_pgid)"
  # bin/run's trap stops Liberty and Keycloak on SIGTERM (SIGINT is ignored by background jobs).
  kill -TERM -- "-$product_pgid" 2>/dev/null || true
  for ((i = 0; i < 90; i++)); do
    kill -0 -- "-$product_pgid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 -- "-$product_pgid" 2>/dev/null; then
    echo "The product did not stop within 90 s; sending SIGKILL to process group $product_pgid" >&2
    kill -KILL -- "-$product_pgid" 2>/dev/null || true
  fi
  product_pgid=""
}
trap stop_product EXIT
trap 'exit 130' INT TERM

if ready; then
  echo "==> Using the product already running at $APP"
else
  if [[ "$APP" != "http://localhost:9080" ]]; then
    echo "$APP is not ready and this script only starts the product on http://localhost:9080" >&2
    exit 3
  fi
  log="$SOAK/results/product-$STAMP.log"
  echo "==> Starting the product with ./bin/run (database $DB, log $log)"
  # A fresh database each time: the drafts page lists every draft, so leftovers from an earlier run
  # would make the pages larger and the runs incomparable.
  psql -q -h "${SG_DB_HOST:-127.0.0.1}" -p "${SG_DB_PORT:-5432}" -U "${SG_DB_USER:-postgres}" -d postgres \
    -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null
  SG_DB_NAME="$DB" setsid ./bin/run </dev/null >"$log" 2>&1 &
  product_pgid=$!   # setsid (not a session leader here) execs bin/run: its pid is the new group's id
  deadline=$((SECONDS + 600))
  until ready; do
    if ! kill -0 "$product_pgid" 2>/dev/null; then
      echo "./bin/run ended before the product was ready; log tail:" >&2
      tail -n 40 "$log" >&2
      product_pgid=""
      exit 3
    fi
    if ((SECONDS > deadline)); then
      echo "The product was not ready within 10 minutes; log tail:" >&2
      tail -n 40 "$log" >&2
      exit 3
    fi
    sleep 3
  done
  echo "==> The product is ready after $((SECONDS)) s"
fi

# The Liberty JVM of the server "product": the java process running ws-server.jar for it.
pid="$(pgrep -f 'ws-server\.jar' | while read -r p; do
  tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qE '(^| )product( |$)' && echo "$p"
done | head -n 1)"
if [[ -z "$pid" ]]; then
  echo "No Liberty JVM (ws-server.jar ... product) found" >&2
  exit 3
fi
echo "==> Liberty JVM pid $pid"

status=0
java "$SOAK/SoakBenchmark.java" --app "$APP" --pid "$pid" --requests "$requests" --every "$every" \
  --out "$out" || status=$?
if $smoke && ((status == 1)); then
  echo "==> Smoke passed: every request worked (the heap needs a full run to judge)"
  status=0
fi
exit "$status"
