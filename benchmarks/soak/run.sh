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

RESULTS="$SOAK/results"
source "$REPO/benchmarks/common/product.sh"
ensure_product

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
classes="$(compile_benchmark "$SOAK/SoakBenchmark.java")"
java -cp "$classes" SoakBenchmark --app "$APP" --pid "$pid" --requests "$requests" --every "$every" \
  --out "$out" || status=$?
if $smoke && ((status == 1)); then
  echo "==> Smoke passed: every request worked (the heap needs a full run to judge)"
  status=0
fi
exit "$status"
