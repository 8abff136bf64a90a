#!/usr/bin/env bash
# The executive's figures page (issue 17, §10.3) on Northmoor filled to a realistic size: 2,000
# referrals and 200 reviews (../data/partnership.sql), then the page asked for by the executive many times.
#
#   benchmarks/figures/run.sh [--requests N] [--referrals N] [--reviews N] [--out FILE]
#                             (defaults: 200, 2000, 200, benchmarks/figures/results/figures-<date>.csv)
#   benchmarks/figures/run.sh --smoke   (what bin/test runs: the same data, 5 requests; every one must work)
#
# Uses the product on http://localhost:9080 if it is ready there (its database is then
# SG_DB_NAME's, default "safeguarding"); otherwise starts it on database "safeguarding_figures"
# (FIGURES_DB_NAME) and stops it at the end. Exit status: 0 every request worked, 2 one failed or
# showed wrong figures, 3 a set-up error.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
HERE="$REPO/benchmarks/figures"
APP="${FIGURES_APP:-http://localhost:9080}"
DB="${FIGURES_DB_NAME:-safeguarding_figures}"
RESULTS="$HERE/results"
mkdir -p "$RESULTS"

requests=200
referrals=2000
reviews=200
out="$RESULTS/figures-$(date +%Y%m%d-%H%M%S).csv"
while (($#)); do
  case "$1" in
    --smoke) requests=5; shift ;;
    --requests) requests="$2"; shift 2 ;;
    --referrals) referrals="$2"; shift 2 ;;
    --reviews) reviews="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--requests N] [--referrals N] [--reviews N] [--out FILE]" >&2; exit 3 ;;
  esac
done

source "$REPO/benchmarks/common/product.sh"
source "$REPO/benchmarks/data/fill.sh"
ensure_product
# The figures read no audit trail: none is added (the lists benchmark fills it).
fill_northmoor "$referrals" 0 "$reviews" 0
classes="$(compile_benchmark "$REPO/benchmarks/common/Timings.java" "$HERE/FiguresBenchmark.java")"
java -cp "$classes" FiguresBenchmark --app "$APP" --requests "$requests" --out "$out"
