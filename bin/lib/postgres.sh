# shellcheck shell=bash
# PostgreSQL for local runs, tests and CI. Source it after common.sh.
#   pg_ensure_running         uses the server on $SG_DB_HOST:$SG_DB_PORT, or starts / installs one
#   pg_recreate_database NAME drops and creates a database (tests start from nothing)
#   pg_ensure_database NAME   creates it if missing (the product keeps its data between runs)
SG_DB_HOST="${SG_DB_HOST:-127.0.0.1}"
SG_DB_PORT="${SG_DB_PORT:-5432}"
SG_DB_USER="${SG_DB_USER:-postgres}"
export SG_DB_HOST SG_DB_PORT SG_DB_USER

pg_answers() {
  pg_isready -q -h "$SG_DB_HOST" -p "$SG_DB_PORT" 2>/dev/null
}

pg_ensure_running() {
  command -v pg_isready >/dev/null || sg_apt_install postgresql-client
  pg_answers && return 0
  if ! command -v pg_lsclusters >/dev/null || [[ -z "$(pg_lsclusters -h 2>/dev/null)" ]]; then
    sg_log "No PostgreSQL here: installing Debian's"
    sg_apt_install postgresql
  fi
  local version cluster
  read -r version cluster _ < <(pg_lsclusters -h | head -n 1)
  local hba="/etc/postgresql/$version/$cluster/pg_hba.conf"
  # A development and test machine: local TCP connections are trusted, as on this machine kind.
  if [[ -f "$hba" ]] && ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  sg_log "Starting PostgreSQL $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || true
  local i
  for ((i = 0; i < 30; i++)); do pg_answers && return 0; sleep 1; done
  echo "PostgreSQL does not answer on $SG_DB_HOST:$SG_DB_PORT" >&2
  return 1
}

pg_psql() {
  psql -v ON_ERROR_STOP=1 -q -h "$SG_DB_HOST" -p "$SG_DB_PORT" -U "$SG_DB_USER" -d postgres "$@"
}

pg_recreate_database() {
  local name="${1:?database name}"
  pg_psql -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  pg_psql -c "CREATE DATABASE \"$name\""
}

pg_ensure_database() {
  local name="${1:?database name}"
  if [[ -z "$(pg_psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]]; then
    pg_psql -c "CREATE DATABASE \"$name\""
  fi
}
