# Sourced by each benchmark's run.sh: the product to measure, and the benchmark's Java compiled.
#
# Before sourcing, set APP (the product's address), DB (the database to start it on) and RESULTS
# (where the product's log goes). ensure_product uses the product on http://localhost:9080 if
# /health/ready answers 200 there; otherwise it starts it with ./bin/run (in its own process group,
# on database $DB, recreated so every run starts from the same demo partnerships) and stops it again
# when the script exits.

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

psql_product() {
  psql -v ON_ERROR_STOP=1 -q -h "${SG_DB_HOST:-127.0.0.1}" -p "${SG_DB_PORT:-5432}" -U "${SG_DB_USER:-postgres}" "$@"
}

ensure_product() {
  if ready; then
    echo "==> Using the product already running at $APP"
    return 0
  fi
  if [[ "$APP" != "http://localhost:9080" ]]; then
    echo "$APP is not ready and this script only starts the product on http://localhost:9080" >&2
    exit 3
  fi
  local log="$RESULTS/product-$(date +%Y%m%d-%H%M%S).log"
  echo "==> Starting the product with ./bin/run (database $DB, log $log)"
  # A fresh database each time: leftovers from an earlier run would make the runs incomparable.
  psql_product -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null
  SG_DB_NAME="$DB" setsid ./bin/run </dev/null >"$log" 2>&1 &
  product_pgid=$!   # setsid (not a session leader here) execs bin/run: its pid is the new group's id
  local deadline=$((SECONDS + 600))
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
}

# The database the running product uses: the one started here, or bin/run's default.
product_db() {
  if [[ -n "$product_pgid" ]]; then echo "$DB"; else echo "${SG_DB_NAME:-safeguarding}"; fi
}

# Compiles the shared sign-in and the named benchmark sources into a fresh directory; prints it.
compile_benchmark() {
  local classes
  classes="$(mktemp -d)"
  javac -d "$classes" "$REPO/benchmarks/common/Session.java" "$@" >&2
  echo "$classes"
}
