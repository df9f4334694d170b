#!/usr/bin/env bash
# Database outage drill, on one machine, without Docker and without touching the shared MariaDB on 3306.
#
#  1. Starts a private MariaDB (its own datadir under /tmp, port 3407) with an empty database
#     disclosure_outage, and two instances of the packaged service (prod profile) at the same moment:
#     the Liquibase lock lets one migrate while the other waits; each changeset runs once.
#  2. Records an application, then stops the database: requests must answer 503 problem+json with
#     Retry-After within OUTAGE_FAST_LIMIT seconds, readiness must be DOWN and liveness UP.
#  3. Starts the database again: readiness must come back by itself, with no restart of the service;
#     what was recorded before is there, and the write refused during the outage can be sent again.
#  4. Freezes the database (SIGSTOP: connections open but nothing answers), measures the same, thaws it.
#  5. Stops one instance with SIGTERM: readiness goes DOWN at once while requests are still served
#     (pre-shutdown delay), then the JVM exits cleanly.
# Prints the measured figures; exits non-zero when an expectation fails.
#
# Usage: scripts/db-outage-check.sh   (builds the jar first when target/quarkus-app is missing)
# Settings: OUTAGE_DB_PORT (3407), OUTAGE_APP_PORT (18080; the second instance uses the next port),
#           OUTAGE_FAST_LIMIT (5 seconds), OUTAGE_KEEP=1 keeps the work directory with the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/prod-service.sh
. scripts/lib/prod-service.sh

DB_PORT=${OUTAGE_DB_PORT:-3407}
PORT_A=${OUTAGE_APP_PORT:-18080}
PORT_B=$((PORT_A + 1))
FAST_LIMIT=${OUTAGE_FAST_LIMIT:-5}
JAR=target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d /tmp/disclosure-outage.XXXXXX)
DB_PID="" APP_A="" APP_B=""
FAILURES=0

if [ "$DB_PORT" = 3306 ]; then
  echo "OUTAGE_DB_PORT must not be 3306: this drill stops its database" >&2
  exit 2
fi

cleanup() {
  for pid in "$APP_A" "$APP_B"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  if [ -n "$DB_PID" ]; then
    kill -CONT "$DB_PID" 2>/dev/null || true
    kill "$DB_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "${OUTAGE_KEEP:-0}" = 1 ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...: runs the command, counts a failure when it fails
  local what=$1; shift
  if "$@"; then echo "  ok    $what"; else echo "  FAIL  $what"; FAILURES=$((FAILURES + 1)); fi
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
sql() { mysql --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -uroot -N -B "$@"; }

start_db() {
  mariadbd --no-defaults --datadir="$WORK/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$WORK/mysqld.sock" --pid-file="$WORK/mysqld.pid" --user=root --skip-log-bin \
    --innodb-buffer-pool-size=32M --log-error="$WORK/mysqld.err" >/dev/null 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 120); do
    sql -e 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "the private MariaDB did not start; see $WORK/mysqld.err" >&2
  exit 1
}

stop_db() {
  kill "$DB_PID"
  for _ in $(seq 1 120); do kill -0 "$DB_PID" 2>/dev/null || { DB_PID=""; return 0; }; sleep 0.25; done
  echo "the private MariaDB did not stop" >&2
  exit 1
}

# The prod profile refuses the development keys: this drill makes its own token-signing key pair and
# personal-data key (scripts/lib/prod-service.sh), and one admin token for all of its requests.
make_keys() {
  prod_keys "$WORK/keys"
  TOKEN=$(prod_token admin)
}

start_app() { # start_app PORT LOG: in the background; $! is its pid
  prod_start "$1" "jdbc:mysql://127.0.0.1:$DB_PORT/disclosure_outage" "$2"
}

wait_ready() { # wait_ready PORT SECONDS
  local deadline=$(($(date +%s) + $2))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(status "http://127.0.0.1:$1/q/health/ready")" = 200 ] && return 0
    sleep 0.2
  done
  return 1
}

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$@" || true; }

# request METHOD URL [BODY]: sets CODE, TIME (seconds), TYPE, RETRY, BODY
request() {
  local out="$WORK/response" headers="$WORK/headers" args=(-s -o "$WORK/response" -D "$WORK/headers" --max-time 60
    -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" -X "$1" "$2")
  [ $# -ge 3 ] && args+=(-H 'Content-Type: application/json' --data "$3")
  read -r CODE TIME < <(curl "${args[@]}" || echo "000 60")
  TYPE=$(grep -i '^content-type:' "$headers" | tr -d '\r' | cut -d' ' -f2- || true)
  RETRY=$(grep -i '^retry-after:' "$headers" | tr -d '\r' | cut -d' ' -f2- || true)
  BODY=$(cat "$out")
}

application() { # application TRACKING_NUMBER
  printf '{"trackingNumber":"%s","receivedDate":"2021-03-02","channel":"ONLINE","applicantType":"NATURAL_PERSON","applicant":{"name":"王某"},"subject":"某项目环评批复"}' "$1"
}

outage_requests() { # outage_requests LABEL: five reads and five writes while the database is away
  local max=0 codes=""
  for i in 1 2 3 4 5; do
    request GET "$API/agencies/$AGENCY/applications"
    codes="$codes $CODE"; max=$(awk -v a="$max" -v b="$TIME" 'BEGIN { print (b > a ? b : a) }')
    echo "  GET  list      -> $CODE in ${TIME}s  ($TYPE, Retry-After: ${RETRY:-none})"
    request POST "$API/agencies/$AGENCY/applications" "$(application OUT-2)"
    codes="$codes $CODE"; max=$(awk -v a="$max" -v b="$TIME" 'BEGIN { print (b > a ? b : a) }')
    echo "  POST OUT-2     -> $CODE in ${TIME}s  ($TYPE, Retry-After: ${RETRY:-none})"
  done
  check "$1: all ten requests answered 503 ($codes )" [ "$(echo "$codes" | tr ' ' '\n' | grep -cv '^503$\|^$')" = 0 ]
  check "$1: the slowest answered in ${max}s, under ${FAST_LIMIT}s" below "$max" "$FAST_LIMIT"
  check "$1: problem+json with Retry-After" [ "$TYPE" = "application/problem+json" -a -n "$RETRY" ]
  check "$1: the problem says what happened" grep -q '"type":"urn:govdisclosure:problem:service-unavailable"' "$WORK/response"
  local ready live
  ready=$(curl -s --max-time 30 "http://127.0.0.1:$PORT_A/q/health/ready" || true)
  live=$(status "http://127.0.0.1:$PORT_A/q/health/live")
  echo "  readiness: $ready"
  check "$1: readiness DOWN" grep -q '"status": *"DOWN"' <<<"$ready"
  check "$1: liveness UP (200)" [ "$live" = 200 ]
}

recovery() { # recovery LABEL SINCE: waits for readiness, then checks the data
  local ready_at
  if wait_ready "$PORT_A" 60; then
    ready_at=$(now)
    echo "  readiness UP again $(elapsed "$2" "$ready_at")s after the database came back"
    check "$1: readiness back by itself" true
  else
    check "$1: readiness back by itself within 60 s" false
  fi
  local codes=""
  for _ in 1 2 3 4 5; do request GET "$API/agencies/$AGENCY/applications"; codes="$codes $CODE"; done
  check "$1: the next five reads answer 200 ($codes )" [ "$(echo "$codes" | tr ' ' '\n' | grep -cv '^200$\|^$')" = 0 ]
}

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
make_keys

say "private MariaDB on 127.0.0.1:$DB_PORT (datadir $WORK/data)"
mariadb-install-db --no-defaults --datadir="$WORK/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/install.log" 2>&1
start_db
sql -e 'CREATE DATABASE disclosure_outage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'

say "two instances start at once against the empty database"
started=$(now)
start_app "$PORT_A" "$WORK/app-a.log"
APP_A=$!
start_app "$PORT_B" "$WORK/app-b.log"
APP_B=$!
check "instance A ready" wait_ready "$PORT_A" 240
check "instance B ready" wait_ready "$PORT_B" 240
echo "  both ready $(elapsed "$started" "$(now)")s after start"
CHANGESETS=$(grep -c '<changeSet ' src/main/resources/db/changelog.xml)
check "each of the $CHANGESETS changesets ran once" [ "$(sql disclosure_outage -e 'SELECT COUNT(*) FROM DATABASECHANGELOG')" = "$CHANGESETS" ]
check "the migration lock is free" [ "$(sql disclosure_outage -e 'SELECT LOCKED FROM DATABASECHANGELOGLOCK')" = 0 ]
check "logs are JSON in prod" grep -q '^{"timestamp":' "$WORK/app-a.log"

API="http://127.0.0.1:$PORT_A/api/v1"
AGENCY=OUT$$
request POST "$API/agencies" "{\"code\":\"$AGENCY\",\"name\":\"演练区人民政府\",\"kind\":\"GOVERNMENT\"}"
check "agency registered (201)" [ "$CODE" = 201 ]
request POST "$API/agencies/$AGENCY/applications" "$(application OUT-1)"
check "application OUT-1 recorded (201)" [ "$CODE" = 201 ]
request GET "$API/agencies/$AGENCY/applications"
echo "  GET list with the database up: $CODE in ${TIME}s"

say "outage: the database is stopped"
stop_db
outage_requests "stopped database"
check "the service still runs (pid $APP_A)" kill -0 "$APP_A"

say "the database is started again"
start_db
back=$(now)
recovery "after the restart of the database" "$back"
check "OUT-1, recorded before the outage, is there" grep -q '"trackingNumber":"OUT-1"' "$WORK/response"
request POST "$API/agencies/$AGENCY/applications" "$(application OUT-2)"
check "OUT-2, refused during the outage, is created when sent again (201, got $CODE)" [ "$CODE" = 201 ]
request POST "$API/agencies/$AGENCY/applications" "$(application OUT-2)"
check "sending OUT-2 once more returns the stored entry (200, got $CODE)" [ "$CODE" = 200 ]
metrics=$(curl -s "http://127.0.0.1:$PORT_A/q/metrics")
recorded=$(grep '^disclosure_applications_recorded_total' <<<"$metrics" | awk '{print $2}')
check "instance A counted 2 applications recorded (got $recorded)" [ "$recorded" = 2.0 ]
check "instance B still runs and is ready (pid $APP_B)" wait_ready "$PORT_B" 30

say "freeze: the database process is stopped with SIGSTOP (connections hang instead of failing)"
kill -STOP "$DB_PID"
frozen=$(now)
for i in 1 2 3; do
  request GET "$API/agencies/$AGENCY/applications"
  echo "  GET  list      -> $CODE in ${TIME}s"
done
ready=$(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' --max-time 30 "http://127.0.0.1:$PORT_A/q/health/ready" || true)
echo "  readiness -> $ready; liveness -> $(status "http://127.0.0.1:$PORT_A/q/health/live")"
check "frozen database: reads answer 503 (last: $CODE)" [ "$CODE" = 503 ]
check "frozen database: readiness DOWN" grep -q '^503' <<<"$ready"
kill -CONT "$DB_PID"
thawed=$(now)
echo "  frozen for $(elapsed "$frozen" "$thawed")s"
recovery "after the freeze" "$thawed"

say "graceful shutdown: SIGTERM to instance A"
kill -TERM "$APP_A"
sleep 0.5
check "pre-shutdown: readiness DOWN at once" [ "$(status "http://127.0.0.1:$PORT_A/q/health/ready")" = 503 ]
request GET "$API/agencies/$AGENCY/applications"
check "pre-shutdown: requests still served (got $CODE)" [ "$CODE" = 200 ]
stopped=$(now)
set +e
wait "$APP_A"
exit_code=$?
set -e
echo "  instance A exited with $exit_code, $(elapsed "$stopped" "$(now)")s after the last request"
check "instance A shut down cleanly (exit $exit_code)" grep -q 'stopped in' "$WORK/app-a.log"
APP_A=""

say "result"
if [ "$FAILURES" = 0 ]; then echo "all checks passed"; else echo "$FAILURES check(s) failed"; OUTAGE_KEEP=1; fi
exit "$FAILURES"
