#!/usr/bin/env bash
# Load test (issue 20): people arriving at a steady rate, each signing in through the real Keycloak
# login and reading the pages people use most, a second of thought between pages (Gatling, Java DSL:
# benchmarks/load/src/test/java/benchmarks/load/PagesSimulation.java), on the product with Northmoor
# filled to a realistic size (../data/partnership.sql).
#
#   benchmarks/load/run.sh [--arrivals N] [--arriving SECONDS] [--staying SECONDS]
#                          (defaults: 1 person a second for 60 s, each staying 60 s: about 60 at once)
#   benchmarks/load/run.sh --smoke   (what bin/test runs: 1 a second for 5 s, staying 15 s; no request may fail)
#
# Uses the product on http://localhost:9080 if it is ready there (its database is then SG_DB_NAME's,
# default "safeguarding"); otherwise starts it on database "safeguarding_load" (LOAD_DB_NAME) and
# stops it at the end. Gatling's HTML report is copied to benchmarks/load/results/<run>/. Exit
# status: 0 every request worked, 2 a request failed (Gatling's assertion), 3 a set-up error.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
HERE="$REPO/benchmarks/load"
APP="${LOAD_APP:-http://localhost:9080}"
DB="${LOAD_DB_NAME:-safeguarding_load}"
RESULTS="$HERE/results"
mkdir -p "$RESULTS"

arrivals=1 arriving=60 staying=60 smoke=false
while (($#)); do
  case "$1" in
    --smoke) arrivals=1; arriving=5; staying=15; smoke=true; shift ;;
    --arrivals) arrivals="$2"; shift 2 ;;
    --arriving) arriving="$2"; shift 2 ;;
    --staying) staying="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--arrivals N] [--arriving SECONDS] [--staying SECONDS]" >&2; exit 3 ;;
  esac
done

source "$REPO/benchmarks/common/product.sh"
source "$REPO/benchmarks/data/fill.sh"
ensure_product
# The smoke needs no audit trail of a year: it checks that the load test still runs.
if [[ "$smoke" == true ]]; then fill_northmoor 2000 200 200 0; else fill_northmoor 2000 200 200 200000; fi

echo "==> Gatling: $arrivals people a second for ${arriving} s, each staying ${staying} s"
status=0
mvn -B -ntp -q -f "$HERE/pom.xml" gatling:test -Dapp="$APP" -Darrivals="$arrivals" -Darriving="$arriving" \
    -Dstaying="$staying" || status=$?
report="$(ls -td "$HERE"/target/gatling/pagessimulation-* 2>/dev/null | head -1 || true)"
if [[ -n "$report" ]]; then
  java "$HERE/ReportSummary.java" "$report"
  if [[ "$smoke" == false ]]; then
    cp -r "$report" "$RESULTS/"
    echo "==> Report: $RESULTS/$(basename "$report")/index.html"
  fi
fi
if ((status != 0)); then
  echo "Gatling reported a failed request or could not run (exit $status); see its output above" >&2
  exit 2
fi
