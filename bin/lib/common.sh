# shellcheck shell=bash
# Shared set-up for bin/run and bin/test. Source it; do not execute it.
SG_REPO_DIR="${SG_REPO_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
SG_RUNTIME_DIR="${SG_RUNTIME_DIR:-$SG_REPO_DIR/.runtime}"
export SG_REPO_DIR SG_RUNTIME_DIR
mkdir -p "$SG_RUNTIME_DIR/logs"

sg_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

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
# secret shared by Keycloak and Liberty, and Keycloak's bootstrap admin password.
sg_load_secrets() {
  local file="$SG_RUNTIME_DIR/secrets.env"
  if [[ ! -s "$file" ]]; then
    umask 077
    {
      echo "SAFEGUARDING_OIDC_SECRET=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
      echo "SG_KC_ADMIN_PASSWORD=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
    } >"$file"
  fi
  # Added to older files too: the key of the possible-link fingerprints (issue 6). It must stay the
  # same for the life of a database, or fingerprints recorded before a change no longer match.
  if ! grep -q '^SAFEGUARDING_MATCHING_KEY=' "$file"; then
    (umask 077; echo "SAFEGUARDING_MATCHING_KEY=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 48)" >>"$file")
  fi
  set -a
  # shellcheck disable=SC1090
  source "$file"
  set +a
}
