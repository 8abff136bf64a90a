#!/usr/bin/env bash
# The product's Keycloak keeps what is made in it (issue 18): started as bin/run starts it (production
# mode on its own PostgreSQL database), a person is added through the Admin REST API; after Keycloak
# is stopped and started again, that person still signs in through the real login page, and so does
# a demo user of the realm imported at the first start only. bin/test runs it; it uses its own port
# and a database of its own, dropped before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/common.sh
source bin/lib/postgres.sh
source bin/lib/keycloak.sh

PORT=8182
MGMT=9192
person="kept.$(date +%s)@example.test"
password="Kept-$(head -c 16 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)1!"
jar="$(mktemp)"
fail() { echo "keycloak persistence: FAILED: $*" >&2; exit 1; }

pg_ensure_running
sg_load_secrets
export SG_KC_DB_NAME=keycloak_persistence_check
finish() {
  kc_stop "$PORT" || true
  pg_psql -c "DROP DATABASE IF EXISTS $SG_KC_DB_NAME WITH (FORCE)" || true
  rm -f "$jar"
}
trap finish EXIT
pg_psql -c "DROP DATABASE IF EXISTS $SG_KC_DB_NAME WITH (FORCE)"

# signs_in USER PASSWORD: Keycloak's own login page for the product's client, as a browser would
# (PKCE, as the client requires); succeeds when Keycloak sends back to the product with a code.
signs_in() {
  local verifier challenge page action location
  rm -f "$jar"
  verifier="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 50)"
  challenge="$(python3 -c 'import base64, hashlib, sys; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode().rstrip("="))' "$verifier")"
  page="$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/realms/safeguarding/protocol/openid-connect/auth?client_id=safeguarding-web&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A9080%2Foidcclient%2Fredirect%2Fkeycloak&code_challenge=$challenge&code_challenge_method=S256&state=s&nonce=n")"
  action="$(printf '%s' "$page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"\|action="[^"]*"[^>]*id="kc-form-login"' | grep -o 'action="[^"]*"' | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
  [[ -n "$action" ]] || fail "no login form for $1"
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "credentialId=" "$action")"
  [[ "$location" == http://localhost:9080/oidcclient/redirect/keycloak\?*code=* ]]
}

kc_start_persistent "$PORT" "$MGMT"
admin_token="$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin \
  --data-urlencode "password=$SG_KC_ADMIN_PASSWORD" "http://localhost:$PORT/realms/master/protocol/openid-connect/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$person\",\"email\":\"$person\",\"firstName\":\"Kept\",\"lastName\":\"Person\",\"enabled\":true,\"emailVerified\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"$password\",\"temporary\":false}]}" \
  "http://localhost:$PORT/admin/realms/safeguarding/users")"
[[ "$status" == 201 ]] || fail "adding $person through the Admin API answered $status"
signs_in "$person" "$password" || fail "$person cannot sign in before the restart"
! signs_in "$person" "not-$password" || fail "a wrong password signed in: the check would prove nothing"

kc_stop "$PORT"
kc_start_persistent "$PORT" "$MGMT"
signs_in "$person" "$password" || fail "$person, added through the Admin API, cannot sign in after Keycloak restarted"
signs_in nm.manager 'Demo-2026!' || fail "a demo user of the imported realm cannot sign in after the restart"
grep -q "Realm 'safeguarding' already exists. Import skipped" "$SG_RUNTIME_DIR/logs/keycloak-$PORT.log" \
  || fail "the second start did not leave the existing realm as it was (no 'Import skipped' in the log)"
echo "keycloak persistence: a person added through the Admin API still signs in after a restart; the realm was imported once"
