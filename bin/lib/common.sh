# shellcheck shell=bash
# Shared set-up for bin/run and bin/test. Source it; do not execute it.
SG_REPO_DIR="${SG_REPO_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
SG_RUNTIME_DIR="${SG_RUNTIME_DIR:-$SG_REPO_DIR/.runtime}"
export SG_REPO_DIR SG_RUNTIME_DIR
mkdir -p "$SG_RUNTIME_DIR/logs"

sg_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# sg_listening PORT: whether something accepts connections on 127.0.0.1:PORT.
sg_listening() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# sg_wait_for_ready URL SECONDS: waits until the address answers 200; fails after SECONDS.
sg_wait_for_ready() {
  local i
  for ((i = 0; i < $2; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)" == 200 ]] && return 0
    sleep 1
  done
  return 1
}

# sg_stop_pidfile FILE: stops the process whose id the file holds, and removes the file.
sg_stop_pidfile() {
  [[ -s "$1" ]] && kill "$(cat "$1")" 2>/dev/null || true
  rm -f "$1"
}

# sg_wait_for_port PORT SECONDS: waits until something listens on the port; fails after SECONDS.
sg_wait_for_port() {
  local i
  for ((i = 0; i < $2; i++)); do
    sg_listening "$1" && return 0
    sleep 1
  done
  return 1
}

# Installs Debian packages that are missing (the machine's user is root; CI's too).
sg_apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  sg_log "Installing ${missing[*]}"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

sg_require_tools() {
  command -v curl >/dev/null && command -v unzip >/dev/null || sg_apt_install curl unzip
  command -v java >/dev/null || sg_apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null || sg_apt_install maven
}

# Secrets are generated on first use and kept under .runtime (never committed): the OIDC client
# secret shared by Keycloak and Liberty, Keycloak's bootstrap admin password, the secret of the
# service-account client the application uses to create a partnership's groups and people (issue 18),
# the key of the possible-link fingerprints (issue 6), which must stay the same for the life of a
# database or fingerprints recorded before a change no longer match, and the password of the key file
# that signs the single sign-on cookies of two servers (issue 19). A secret missing from an older
# file is added to it; none already there is changed.
sg_load_secrets() {
  local file="$SG_RUNTIME_DIR/secrets.env" name length
  mkdir -p "$SG_RUNTIME_DIR"
  for name in SAFEGUARDING_OIDC_SECRET:40 SG_KC_ADMIN_PASSWORD:24 SAFEGUARDING_ADMIN_CLIENT_SECRET:40 \
      SAFEGUARDING_MATCHING_KEY:48 SG_KC_DB_PASSWORD:32 SAFEGUARDING_LTPA_PASSWORD:32; do
    length="${name#*:}"
    name="${name%%:*}"
    if ! grep -q "^$name=" "$file" 2>/dev/null; then
      (umask 077; echo "$name=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$length")" >>"$file")
    fi
  done
  # The product's Keycloak database belongs with these secrets (its clients were imported with them):
  # a new secrets file means a new, empty Keycloak database, never one holding other secrets.
  if ! grep -q '^SG_KC_DB_NAME=' "$file"; then
    (umask 077; echo "SG_KC_DB_NAME=keycloak_$(head -c 64 /dev/urandom | base64 | tr -dc 'a-z0-9' | head -c 10)" >>"$file")
  fi
  # A Keycloak database named by the caller (the benchmark smokes' own) wins over the file's.
  local chosen_kc_db="${SG_KC_DB_NAME:-}"
  set -a
  # shellcheck disable=SC1090
  source "$file"
  set +a
  [[ -z "$chosen_kc_db" ]] || SG_KC_DB_NAME="$chosen_kc_db"
}

# The operators' command (TenantCli) built with the audit module (which adds verify-audit, a
# TenantCommand found on the class path); prints the class path to run it with. The repository root
# is on it for the changelogs under db/. Used by bin/tenants and benchmarks/tenants.
sg_tenants_classpath() {
  local classpath_file="$SG_RUNTIME_DIR/tenants.classpath"
  mvn -B -ntp -q -Dstyle.color=never -f "$SG_REPO_DIR/pom.xml" -pl modules/audit -am install -DskipTests >&2
  mvn -B -ntp -q -Dstyle.color=never -f "$SG_REPO_DIR/pom.xml" -pl modules/audit dependency:build-classpath \
    -Dmdep.includeScope=compile -Dmdep.outputFile="$classpath_file" >&2
  echo "$SG_REPO_DIR/modules/audit/target/classes:$(cat "$classpath_file"):$SG_REPO_DIR"
}

