# shellcheck shell=bash
# Open Liberty servers of the product for bin/run: one, or two behind a load balancer (issue 19).
# Source it after common.sh; the application must have been built (mvn install).

SG_WLP="$SG_REPO_DIR/modules/webapp/target/liberty/wlp"

# liberty_create NAME HTTP_PORT HTTPS_PORT PUBLIC_URL: a server of the product, configured for the
# database, Keycloak and mail server named by SG_DB_NAME, SG_KC_PORT and SG_SMTP_PORT; PUBLIC_URL is
# the address people use (the load balancer's when there are two servers), where Keycloak sends them back.
liberty_create() {
  local name="$1" http_port="$2" https_port="$3" public_url="$4" dir
  dir="$SG_WLP/usr/servers/$name"
  mvn -B -ntp -q -Dstyle.color=never -pl modules/webapp liberty:create \
    -Dliberty.server.name="$name" \
    -Dliberty.var.http.port="$http_port" \
    -Dliberty.var.https.port="$https_port" \
    -Dliberty.var.app.base.url="$public_url" \
    -Dliberty.var.db.name="$SG_DB_NAME" \
    -Dliberty.var.oidc.issuer="http://localhost:$SG_KC_PORT/realms/safeguarding" \
    -Dliberty.var.smtp.port="$SG_SMTP_PORT" \
    -Dliberty.var.notices.sweep.seconds="${SG_NOTICES_SWEEP_SECONDS:-60}" \
    -Dliberty.var.demo.tenants=true
  mkdir -p "$dir/apps" "$dir/configDropins/overrides"
  cp modules/webapp/target/safeguarding.war "$dir/apps/safeguarding.war"
  cp liberty/run/application.xml "$dir/configDropins/overrides/application.xml"
}

# The servers' variables are written into their configuration (the password of the shared sign-on key
# file too), so a server started again by hand or by the cluster tests needs nothing from the shell.
# liberty_join_cluster NAME CLUSTER_NAME MEMBER_PORT FIRST_MEMBER_PORT SECOND_MEMBER_PORT: makes the
# server one of two that share sessions and sign-ins (liberty/cluster).
liberty_join_cluster() {
  local name="$1" cluster="$2" member_port="$3" first="$4" second="$5" dir
  dir="$SG_WLP/usr/servers/$name"
  cp liberty/cluster/cluster.xml "$dir/configDropins/overrides/cluster.xml"
  cp liberty/cluster/jvm.options "$dir/jvm.options"
  sed -e "s/CLUSTER_NAME/$cluster/" -e "s/FIRST_MEMBER_PORT/$first/" -e "s/SECOND_MEMBER_PORT/$second/" \
    -e "s/MEMBER_PORT/$member_port/" liberty/cluster/hazelcast.xml >"$dir/hazelcast.xml"
  : "${SAFEGUARDING_LTPA_PASSWORD:?liberty_join_cluster: load the secrets first (sg_load_secrets)}"
  (umask 077; cat >"$dir/configDropins/overrides/cluster-variables.xml") <<XML
<server>
    <variable name="cluster.hazelcast.config" value="$dir/hazelcast.xml"/>
    <variable name="cluster.ltpa.password" value="$SAFEGUARDING_LTPA_PASSWORD"/>
</server>
XML
}

# liberty_start NAME HTTP_PORT: starts the server and waits (up to 3 minutes) until it is ready.
liberty_start() {
  local name="$1" http_port="$2" dir
  dir="$SG_WLP/usr/servers/$name"
  "$SG_WLP/bin/server" start "$name" >/dev/null
  sg_wait_for_ready "http://localhost:$http_port/health/ready" 180 && return 0
  echo "The server $name did not become ready; see $dir/logs/messages.log" >&2
  tail -n 40 "$dir/logs/messages.log" >&2 || true
  return 1
}

liberty_stop() {
  [[ -x "$SG_WLP/bin/server" ]] && "$SG_WLP/bin/server" stop "$1" >/dev/null 2>&1 || true
}

# The load balancer in front of two servers: HAProxy from Debian's packages. It stands in front of
# Keycloak too, so that while Keycloak is down a person who needs to sign in gets the product's own
# page saying so, instead of the browser's connection error.

# Where Keycloak itself listens when the balancer takes its public port (bin/run --servers 2).
kc_port_behind_balancer() { echo $(($1 + 100)); }

# balancer_start PORT KC_PUBLIC_PORT KC_PORT SERVER_PORT...: balances PORT round robin over the servers
# (no sticky sessions), each checked on /health/ready every second, and passes KC_PUBLIC_PORT to
# Keycloak on KC_PORT. A request that cannot reach a server is sent to the other; one in flight on a
# server that dies, or any while Keycloak is down, gets the product's own page saying what to do.
balancer_start() {
  local port="$1" kc_public="$2" kc_port="$3" cfg pidf n=0 server_port
  shift 3
  sg_apt_install haproxy socat
  cfg="$SG_RUNTIME_DIR/haproxy-$port.cfg"
  pidf="$SG_RUNTIME_DIR/haproxy-$port.pid"
  balancer_stop "$port"
  # The sign-in page is served at Keycloak's address: its link home names the product's.
  sed "s|APP_URL|http://localhost:$port|" "$SG_REPO_DIR/liberty/cluster/sign-in-unavailable.http" >"$SG_RUNTIME_DIR/sign-in-unavailable-$port.http"
  {
    cat <<CFG
global
    maxconn 4096
    pidfile $pidf
    # The runtime API, for bin/deploy to drain a server before stopping it (root only).
    stats socket $(balancer_socket "$port") mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    # A request that cannot connect to a server is tried again on the other; one already sent is not.
    retries 3
    option redispatch 1

frontend product
    bind 127.0.0.1:$port
    default_backend servers

frontend sign_in
    bind 127.0.0.1:$kc_public
    default_backend keycloak

backend keycloak
    option httpchk GET /realms/safeguarding
    http-check expect status 200
    errorfile 502 $SG_RUNTIME_DIR/sign-in-unavailable-$port.http
    errorfile 503 $SG_RUNTIME_DIR/sign-in-unavailable-$port.http
    errorfile 504 $SG_RUNTIME_DIR/sign-in-unavailable-$port.http
    server keycloak 127.0.0.1:$kc_port check inter 1s fall 2 rise 1

backend servers
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    errorfile 502 $SG_REPO_DIR/liberty/cluster/try-again.http
    errorfile 503 $SG_REPO_DIR/liberty/cluster/try-again.http
    errorfile 504 $SG_REPO_DIR/liberty/cluster/try-again.http
    # Which server answered, for the cluster tests and for reading logs.
    http-response set-header X-Served-By %[srv_name]
CFG
    for server_port in "$@"; do
      n=$((n + 1))
      echo "    server product-$n 127.0.0.1:$server_port check inter 1s fall 2 rise 2"
    done
  } >"$cfg"
  haproxy -c -q -f "$cfg"
  haproxy -D -f "$cfg"
  sg_wait_for_port "$port" 30 && return 0
  echo "The load balancer did not start on port $port" >&2
  return 1
}

# balancer_wait_for PORT SERVER...: waits (up to 30 s) until the balancer sends requests to each server.
balancer_wait_for() {
  local port="$1" i name seen="" all
  shift
  for ((i = 0; i < 60; i++)); do
    seen="$seen $(curl -s -D - -o /dev/null --max-time 2 "http://localhost:$port/health/ready" | tr -d '\r' \
      | sed -n 's/^[Xx]-[Ss]erved-[Bb]y: //p')"
    all=1
    for name in "$@"; do [[ " $seen " == *" $name "* ]] || all=0; done
    ((all)) && return 0
    sleep 0.5
  done
  echo "The load balancer on port $port did not send requests to each of: $*" >&2
  return 1
}

balancer_stop() { sg_stop_pidfile "$SG_RUNTIME_DIR/haproxy-$1.pid"; rm -f "$(balancer_socket "$1")"; }

# The balancer's runtime API: a socket only root can use.
balancer_socket() { echo "$SG_RUNTIME_DIR/haproxy-$1.sock"; }

# balancer_command PORT COMMAND...: one command of HAProxy's runtime API; prints its answer.
balancer_command() {
  local port="$1"
  shift
  echo "$*" | socat stdio "UNIX-CONNECT:$(balancer_socket "$port")"
}

# balancer_drain PORT SERVER: the balancer sends the server no new request; once the requests it is
# answering have finished (up to 60 s), returns. A server stopped then has nothing in flight, and no
# request meets it while it stops (stopped straight away, a request reaching it as it closed could
# get no answer at all: seen in the rolling-restart check).
balancer_drain() {
  local port="$1" server="$2" i in_flight
  balancer_command "$port" "set server servers/$server state drain" >/dev/null
  for ((i = 0; i < 120; i++)); do
    # show stat is CSV: proxy, server, queued now, queued most, sessions now, ...
    in_flight="$(balancer_command "$port" "show stat" | awk -F, -v s="$server" '$1 == "servers" && $2 == s { print $5 }')"
    [[ "$in_flight" == 0 ]] && return 0
    sleep 0.5
  done
  echo "The server $server still had $in_flight requests in flight after 60 s; stopping it anyway" >&2
}

# balancer_readmit PORT SERVER: the balancer sends the server requests again once its checks pass.
balancer_readmit() {
  balancer_command "$1" "set server servers/$2 state ready" >/dev/null
  balancer_wait_for "$1" "$2"
}
