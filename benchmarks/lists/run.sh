#!/usr/bin/env bash
# The list pages people open all day, on Northmoor filled to a realistic size (../data/partnership.sql:
# 2,000 referrals, 200 drafts, 200 reviews, 200,000 audit rows by default), one page of each list
# asked for many times by its reader (issue 13 §4, issue 20; target: 95th percentile under 100 ms).
#
#   benchmarks/lists/run.sh [--requests N] [--referrals N] [--drafts N] [--reviews N] [--audit N] [--out FILE]
#                           (defaults: 100 requests a page; results in benchmarks/lists/results/)
#   benchmarks/lists/run.sh --smoke   (what bin/test runs: the same data, 5 requests a page; every one must work)
#
# Uses the product on http://localhost:9080 if it is ready there (its database is then SG_DB_NAME's,
# default "safeguarding"); otherwise starts it on database "safeguarding_lists" (LISTS_DB_NAME) and
# stops it at the end. Exit status: 0 every request worked, 2 one failed or showed the wrong list or
# partnership, 3 a set-up error. Timings are reported, not asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
HERE="$REPO/benchmarks/lists"
APP="${LISTS_APP:-http://localhost:9080}"
DB="${LISTS_DB_NAME:-safeguarding_lists}"
RESULTS="$HERE/results"
mkdir -p "$RESULTS"

requests=100 referrals=2000 drafts=200 reviews=200 audit=200000
out="$RESULTS/lists-$(date +%Y%m%d-%H%M%S).csv"
while (($#)); do
  case "$1" in
    --smoke) requests=5; shift ;;
    --requests) requests="$2"; shift 2 ;;
    --referrals) referrals="$2"; shift 2 ;;
    --drafts) drafts="$2"; shift 2 ;;
    --reviews) reviews="$2"; shift 2 ;;
    --audit) audit="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--requests N] [--referrals N] [--drafts N] [--reviews N] [--audit N] [--out FILE]" >&2
       exit 3 ;;
  esac
done

source "$REPO/benchmarks/common/product.sh"
source "$REPO/benchmarks/data/fill.sh"
ensure_product
fill_northmoor "$referrals" "$drafts" "$reviews" "$audit"
classes="$(compile_benchmark "$REPO/benchmarks/common/Timings.java" "$HERE/ListsBenchmark.java")"
java -cp "$classes" ListsBenchmark --app "$APP" --requests "$requests" --referrals "$referrals" --drafts "$drafts" \
    --reviews "$reviews" --audit "$audit" --out "$out"
