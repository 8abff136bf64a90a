# shellcheck shell=bash
# PostgreSQL for local runs, tests and CI. Source it after common.sh.
#   pg_ensure_running         uses the server on $SG_DB_HOST:$SG_DB_PORT, or starts / installs one
#   pg_recreate_database NAME drops and creates a database (tests start from nothing)
#   pg_ensure_database NAME   creates it if missing (the product keeps its data between runs)
#   pg_ensure_roles           the product's two roles (least privilege, issue 18), neither a superuser
#   pg_give_to_owner NAME     makes the owning role own the database and everything already in it
# SG_DB_USER is the administrator these scripts connect as; the product itself never does.
SG_DB_HOST="${SG_DB_HOST:-127.0.0.1}"
SG_DB_PORT="${SG_DB_PORT:-5432}"
SG_DB_USER="${SG_DB_USER:-postgres}"
# Migrations (and bin/tenants) run as the owner; the application's requests as a role that owns nothing.
SG_DB_OWNER="${SG_DB_OWNER:-safeguarding_owner}"
SG_DB_APP_USER="${SG_DB_APP_USER:-safeguarding_app}"
export SG_DB_HOST SG_DB_PORT SG_DB_USER SG_DB_OWNER SG_DB_APP_USER

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

pg_ensure_roles() {
  local role
  for role in "$SG_DB_OWNER" "$SG_DB_APP_USER"; do
    if [[ -z "$(pg_psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]]; then
      pg_psql -c "CREATE ROLE \"$role\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
    fi
  done
}

# Also hands over what a database made before the roles existed (an earlier bin/run) holds.
pg_give_to_owner() {
  local name="${1:?database name}"
  pg_psql -c "ALTER DATABASE \"$name\" OWNER TO \"$SG_DB_OWNER\""
  pg_psql -c "REVOKE CREATE, TEMPORARY ON DATABASE \"$name\" FROM PUBLIC"
  pg_psql -c "GRANT CONNECT, TEMPORARY ON DATABASE \"$name\" TO \"$SG_DB_APP_USER\""
  pg_psql -d "$name" -c "DO \$\$ DECLARE s text; t record; BEGIN
         FOR s IN SELECT nspname FROM pg_namespace WHERE nspname = 'platform' OR nspname LIKE 'tenant\\_%' LOOP
           EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s, '$SG_DB_OWNER');
           FOR t IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = s AND c.relkind IN ('r', 'v') LOOP
             -- A table's own sequences and indexes follow it.
             EXECUTE format('ALTER %s %I.%I OWNER TO %I', CASE t.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                            s, t.relname, '$SG_DB_OWNER');
           END LOOP;
         END LOOP;
       END \$\$"
}
