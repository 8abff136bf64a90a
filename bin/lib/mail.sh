# shellcheck shell=bash
# A demo SMTP server for bin/run: GreenMail standalone (from Maven Central), so the letters and
# reminders the demo sends can be read. Source it after common.sh.

SG_GREENMAIL_VERSION=2.1.5

# mail_start SMTP_PORT API_PORT: starts GreenMail unless something already listens on SMTP_PORT.
mail_start() {
  local smtp_port="$1" api_port="$2" dir="$SG_RUNTIME_DIR/greenmail"
  if sg_listening "$smtp_port"; then
    sg_log "Something already listens on port $smtp_port; the demo sends its mail there"
    return 0
  fi
  local jar="$dir/greenmail-standalone-$SG_GREENMAIL_VERSION.jar"
  if [[ ! -s "$jar" ]]; then
    mkdir -p "$dir"
    mvn -B -ntp -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$SG_GREENMAIL_VERSION" \
      -DoutputDirectory="$dir"
  fi
  java -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.port="$api_port" -Dgreenmail.api.hostname=127.0.0.1 \
    -jar "$jar" >"$SG_RUNTIME_DIR/logs/greenmail.log" 2>&1 &
  echo $! >"$dir/pid"
  sg_wait_for_port "$smtp_port" 30 && return 0
  echo "The demo mail server did not start; see $SG_RUNTIME_DIR/logs/greenmail.log" >&2
  return 1
}

mail_stop() { sg_stop_pidfile "$SG_RUNTIME_DIR/greenmail/pid"; }
