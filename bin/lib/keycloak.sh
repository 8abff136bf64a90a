# shellcheck shell=bash
# Keycloak helpers for local runs, tests and CI. Source this file; do not execute it.
#
#   kc_install                    unpack keycloak-quarkus-dist under $SG_RUNTIME_DIR (idempotent)
#   kc_start HTTP_PORT MGMT_PORT  fresh dev instance with the safeguarding realm imported
#   kc_start_persistent HTTP_PORT MGMT_PORT  production mode on PostgreSQL (SG_KC_DB_NAME); keeps its
#                                 data; needs postgres.sh sourced
#   kc_stop  HTTP_PORT            stop the instance started by kc_start on that port
#
# Environment: SG_RUNTIME_DIR (default <repo>/.runtime), SG_KC_ADMIN_PASSWORD (required by
# kc_start), SAFEGUARDING_OIDC_SECRET and SAFEGUARDING_ADMIN_CLIENT_SECRET (required by kc_start;
# substituted into the realm import), SG_KC_SMTP_PORT (where Keycloak sends its own e-mails, such as
# the invitation of a partnership's first business manager; default 2525, the demo mail server),
# SG_KC_DB_NAME and SG_KC_DB_PASSWORD (kc_start_persistent: its database and its role's password),
# SG_KC_APP_URL (the application's address, where Keycloak sends its back-channel logouts; default
# http://localhost:9080, the product's), SG_KC_PUBLIC_URL (the address browsers and the application
# use, when a load balancer stands in front of Keycloak; default http://localhost:HTTP_PORT).

SG_KC_VERSION="${SG_KC_VERSION:-26.7.3}"
SG_REPO_DIR="${SG_REPO_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
SG_RUNTIME_DIR="${SG_RUNTIME_DIR:-$SG_REPO_DIR/.runtime}"

kc_home() { echo "$SG_RUNTIME_DIR/keycloak-$SG_KC_VERSION"; }

kc_java_home() {
  local d
  for d in /usr/lib/jvm/temurin-25*; do
    [[ -x "$d/bin/java" ]] && { echo "$d"; return 0; }
  done
  echo "kc: no Temurin 25 JDK under /usr/lib/jvm" >&2
  return 1
}

kc_install() {
  local home dl zip tmp
  home="$(kc_home)"
  [[ -x "$home/bin/kc.sh" ]] && return 0
  mkdir -p "$SG_RUNTIME_DIR"
  dl="$SG_RUNTIME_DIR/downloads"
  zip="$dl/keycloak-quarkus-dist-$SG_KC_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    mkdir -p "$dl"
    # Run from the download dir: dependency:copy needs no project, and the repo's pom must not interfere.
    (cd "$dl" && mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$SG_KC_VERSION:zip" \
      -DoutputDirectory="$dl") || { echo "kc: could not fetch keycloak-quarkus-dist" >&2; return 1; }
  fi
  tmp="$(mktemp -d "$SG_RUNTIME_DIR/kc-unpack.XXXXXX")"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$tmp"
  else
    python3 -m zipfile -e "$zip" "$tmp"
  fi || { rm -rf "$tmp"; echo "kc: unpack failed" >&2; return 1; }
  chmod +x "$tmp/keycloak-$SG_KC_VERSION"/bin/*.sh
  rm -rf "$home"
  mv "$tmp/keycloak-$SG_KC_VERSION" "$home"
  rm -rf "$tmp" "$zip"   # the copy in ~/.m2 stays
}

# A fresh development instance (bin/test): an in-memory database, the realm imported at every start,
# so every test run begins from the same people.
kc_start() {
  local port="${1:?kc_start HTTP_PORT MGMT_PORT}" mgmt="${2:?kc_start HTTP_PORT MGMT_PORT}" home
  kc_install
  home="$(kc_home)"
  # Fresh dev database each start: the import is IGNORE_EXISTING and the H2 data would survive.
  rm -rf "$home/data/h2" "$home/data/import" "$home/data/tmp"
  kc_launch "$home" "$port" "$mgmt" start-dev
}

# The product's Keycloak (bin/run, issue 18): production mode, built once for PostgreSQL in its own
# copy of the distribution, on its own database and role, so the people and roles made in it (a new
# partnership's, or a business manager's colleagues) survive a restart. The realm is imported only
# into an empty database: Keycloak skips a realm that exists. The database is the one named in
# .runtime/secrets.env (SG_KC_DB_NAME), so it always holds the client secrets of that same file.
kc_start_persistent() {
  local port="${1:?kc_start_persistent HTTP_PORT MGMT_PORT}" mgmt="${2:?kc_start_persistent HTTP_PORT MGMT_PORT}"
  local db="${SG_KC_DB_NAME:?kc_start_persistent: set SG_KC_DB_NAME}" home
  : "${SG_KC_DB_PASSWORD:?kc_start_persistent: set SG_KC_DB_PASSWORD}"
  kc_install
  home="$SG_RUNTIME_DIR/keycloak-$SG_KC_VERSION-postgres"
  if [[ ! -f "$home/.built-for-postgres" ]]; then
    rm -rf "$home"
    cp -a "$(kc_home)" "$home"
    rm -rf "$home/data"
    echo "kc: building Keycloak for PostgreSQL (once)"
    JAVA_HOME="$(kc_java_home)" "$home/bin/kc.sh" build --db=postgres >"$SG_RUNTIME_DIR/logs/keycloak-build.log" 2>&1 \
      || { echo "kc: the build failed; see $SG_RUNTIME_DIR/logs/keycloak-build.log" >&2; return 1; }
    touch "$home/.built-for-postgres"
  fi
  # Its own role, owning its own database: the product's roles never reach it, nor it theirs.
  if [[ -z "$(pg_psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'keycloak_sso'")" ]]; then
    pg_psql -c "CREATE ROLE keycloak_sso LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
  fi
  pg_psql -c "ALTER ROLE keycloak_sso PASSWORD '$SG_KC_DB_PASSWORD'"
  if [[ -z "$(pg_psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
    pg_psql -c "CREATE DATABASE \"$db\" OWNER keycloak_sso"
  fi
  kc_launch "$home" "$port" "$mgmt" start --optimized --http-enabled=true \
    --db-url="jdbc:postgresql://$SG_DB_HOST:$SG_DB_PORT/$db" --db-username=keycloak_sso --db-password="$SG_KC_DB_PASSWORD"
}

# kc_launch HOME HTTP_PORT MGMT_PORT COMMAND [OPTIONS...]: starts kc.sh with the realm to import and
# waits until the realm answers.
kc_launch() {
  local home="$1" port="$2" mgmt="$3"
  shift 3
  local java_home log pidf pid url i deadline
  : "${SG_KC_ADMIN_PASSWORD:?kc_start: set SG_KC_ADMIN_PASSWORD}"
  : "${SAFEGUARDING_OIDC_SECRET:?kc_start: set SAFEGUARDING_OIDC_SECRET}"
  : "${SAFEGUARDING_ADMIN_CLIENT_SECRET:?kc_start: set SAFEGUARDING_ADMIN_CLIENT_SECRET}"
  java_home="$(kc_java_home)"
  log="$SG_RUNTIME_DIR/logs/keycloak-$port.log"
  pidf="$SG_RUNTIME_DIR/keycloak-$port.pid"
  url="http://localhost:$port/realms/safeguarding/.well-known/openid-configuration"
  mkdir -p "$SG_RUNTIME_DIR/logs"
  kc_stop "$port" 2>/dev/null || true
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)" != 000 ]]; then
    echo "kc: port $port is already in use by another process" >&2
    return 1
  fi
  rm -rf "$home/data/import"
  mkdir -p "$home/data/import"
  cp "$SG_REPO_DIR/keycloak-realm/safeguarding-realm.json" "$home/data/import/"
  # New session: kc.sh and its java child share a process group whose id (== the session
  # leader's pid) goes into the pid file, so kc_stop can take the whole group.
  rm -f "$pidf"
  JAVA_HOME="$java_home" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="$SG_KC_ADMIN_PASSWORD" \
  SAFEGUARDING_OIDC_SECRET="$SAFEGUARDING_OIDC_SECRET" \
  SAFEGUARDING_ADMIN_CLIENT_SECRET="$SAFEGUARDING_ADMIN_CLIENT_SECRET" \
  SAFEGUARDING_KC_SMTP_PORT="${SG_KC_SMTP_PORT:-2525}" \
  SAFEGUARDING_APP_URL="${SG_KC_APP_URL:-http://localhost:9080}" \
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$home/bin/kc.sh" "$@" \
      --http-host=127.0.0.1 --http-port="$port" --http-management-port="$mgmt" \
      --hostname="${SG_KC_PUBLIC_URL:-http://localhost:$port}" --import-realm \
      </dev/null >"$log" 2>&1 &
  for ((i = 0; i < 50; i++)); do [[ -s "$pidf" ]] && break; sleep 0.1; done
  pid="$(cat "$pidf" 2>/dev/null || true)"
  [[ -n "$pid" ]] || { echo "kc: Keycloak did not start" >&2; return 1; }
  deadline=$((SECONDS + 240))
  while ((SECONDS < deadline)); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" == 200 ]]; then
      echo "kc: Keycloak up on http://localhost:$port (pid $pid, log $log)"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "kc: Keycloak did not become ready on port $port; log tail:" >&2
  tail -n 60 "$log" >&2 || true
  kc_stop "$port" || true
  return 1
}

kc_stop() {
  local port="${1:?kc_stop HTTP_PORT}" pidf pid i
  pidf="$SG_RUNTIME_DIR/keycloak-$port.pid"
  [[ -f "$pidf" ]] || return 0
  pid="$(cat "$pidf")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 10; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 1
    done
  fi
  rm -f "$pidf"
  if kill -0 -- "-$pid" 2>/dev/null; then
    echo "kc: process group $pid still alive" >&2
    return 1
  fi
}
