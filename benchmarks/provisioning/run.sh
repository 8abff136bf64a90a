#!/usr/bin/env bash
# Putting partnerships on the service from the platform's page (issue 18): the platform
# administrator signs in through the real login and sends the new-partnership form N times; each
# creates and migrates a schema, creates the partnership's groups in Keycloak through its Admin REST
# API and invites the first business manager. The target is under 2 seconds for the schema and the
# groups; the whole request (with the invitation e-mail and the page) is reported too.
#
#   benchmarks/provisioning/run.sh [--partnerships N] [--out FILE]
#                                   (defaults: 20, benchmarks/provisioning/results/provisioning-<date>.csv)
#   benchmarks/provisioning/run.sh --smoke   (what bin/test runs: 2 partnerships; each must end active)
#
# Uses the product on http://localhost:9080 if it is ready there (its database is then
# SG_DB_NAME's, default "safeguarding"); otherwise starts it on database "safeguarding_provisioning"
# (PROVISIONING_DB_NAME) and stops it at the end. Exit status: 0 every partnership ended active,
# 2 one did not, 3 a set-up error.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
HERE="$REPO/benchmarks/provisioning"
APP="${PROVISIONING_APP:-http://localhost:9080}"
DB="${PROVISIONING_DB_NAME:-safeguarding_provisioning}"
RESULTS="$HERE/results"
mkdir -p "$RESULTS"

partnerships=20
out="$RESULTS/provisioning-$(date +%Y%m%d-%H%M%S).csv"
while (($#)); do
  case "$1" in
    --smoke) partnerships=2; shift ;;
    --partnerships) partnerships="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--partnerships N] [--out FILE]" >&2; exit 3 ;;
  esac
done

source "$REPO/benchmarks/common/product.sh"
ensure_product
classes="$(compile_benchmark "$HERE/ProvisioningBenchmark.java")"
# Short names of this run's own, so the benchmark can run again against the same product.
prefix="bench-$(date +%s)"
java -cp "$classes" ProvisioningBenchmark --app "$APP" --partnerships "$partnerships" --prefix "$prefix" --out "$out"

echo "==> Each step's time, from the platform's record of each partnership (milliseconds from the request)"
psql_product -d "$(product_db)" -v prefix="$prefix-%" <<'SQL'
SELECT count(*) AS partnerships,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY schema_ms)) AS schema_median,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY groups_ms)) AS schema_and_groups_median,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY groups_ms)) AS schema_and_groups_p95,
       max(groups_ms) AS schema_and_groups_slowest,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY manager_ms)) AS with_invitation_median
  FROM (SELECT extract(epoch FROM schema_ready_at - requested_at) * 1000 AS schema_ms,
               extract(epoch FROM groups_ready_at - requested_at) * 1000 AS groups_ms,
               extract(epoch FROM manager_placed_at - requested_at) * 1000 AS manager_ms
          FROM platform.tenant_onboarding WHERE tenant_slug LIKE :'prefix') steps;
SQL
