#!/usr/bin/env bash
# Tenant scaling (issue 20): provisioning time per partnership and the time to migrate every schema
# (what each server start does before it serves) as the number of partnerships grows.
#
#   benchmarks/tenants/run.sh [--counts 10,50,200,500] [--out FILE]   (default counts 10,50)
#   benchmarks/tenants/run.sh --smoke                                (what bin/test runs: counts 3,6)
#
# Runs the operators' command (TenantCli, as bin/tenants does) in one JVM against a database of its
# own, SCALING_DB_NAME (default safeguarding_scaling), recreated at the start; needs no server.
# Results: benchmarks/tenants/results/tenants-<date>.csv. Exit status: 0 done, 2 a command failed,
# 3 a set-up error. Times are reported, never asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/common.sh
source bin/lib/postgres.sh
HERE="$SG_REPO_DIR/benchmarks/tenants"
counts="10,50"
out="$HERE/results/tenants-$(date +%Y%m%d-%H%M%S).csv"
while (($#)); do
  case "$1" in
    --smoke) counts="3,6"; shift ;;
    --counts) counts="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--smoke] [--counts N,N,...] [--out FILE]" >&2; exit 3 ;;
  esac
done

pg_ensure_running
pg_ensure_roles
export SG_DB_NAME="${SCALING_DB_NAME:-safeguarding_scaling}" SG_DB_HOST SG_DB_PORT SG_DB_APP_USER
sg_log "A new database $SG_DB_NAME for the partnerships"
pg_recreate_database "$SG_DB_NAME"
pg_give_to_owner "$SG_DB_NAME"

sg_log "Building the operators' command"
classpath="$(sg_tenants_classpath)"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -cp "$classpath" -d "$classes" "$HERE/TenantScaling.java"

sg_log "Provisioning and migrating up to $counts partnerships"
SG_DB_USER="$SG_DB_OWNER" java -cp "$classes:$classpath" TenantScaling --counts "$counts" --out "$out"
