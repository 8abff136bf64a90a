#!/usr/bin/env bash
# Fills Northmoor, on the product running at http://localhost:9080 (./bin/run), to a realistic size:
#
#   benchmarks/data/run.sh [--referrals N] [--drafts N] [--reviews N] [--audit N]
#                          (defaults: 2,000 referrals, 200 drafts, 200 reviews, 200,000 audit rows)
#
# What the rows are: partnership.sql's header. Running it again replaces the referrals, drafts and
# reviews and adds audit rows only up to the number. The benchmarks that need the data (figures/,
# lists/) fill it themselves. Exit status: 0 filled, 3 the product is not running or a step failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
APP="${DATA_APP:-http://localhost:9080}"
DB="${SG_DB_NAME:-safeguarding}"
RESULTS="$REPO/benchmarks/data"

referrals=2000 drafts=200 reviews=200 audit=200000
while (($#)); do
  case "$1" in
    --referrals) referrals="$2"; shift 2 ;;
    --drafts) drafts="$2"; shift 2 ;;
    --reviews) reviews="$2"; shift 2 ;;
    --audit) audit="$2"; shift 2 ;;
    *) echo "usage: $0 [--referrals N] [--drafts N] [--reviews N] [--audit N]" >&2; exit 3 ;;
  esac
done

source "$REPO/benchmarks/common/product.sh"
source "$REPO/benchmarks/data/fill.sh"
trap - EXIT
if ! ready; then
  echo "The product is not running at $APP: start it with ./bin/run, then run this again." >&2
  exit 3
fi
fill_northmoor "$referrals" "$drafts" "$reviews" "$audit"
