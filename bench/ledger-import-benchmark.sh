#!/usr/bin/env bash
# Ledger import benchmark: a ROWS-row subtree ledger (default 1,000,000) imported end to end through the API, as CSV
# and as XLSX (the same rows, bench/CsvToXlsx.java), against the same rows inserted with a plain JDBC batch into the
# same tables. Prints rows/s, the ratio, and the peak RSS of the service during each import,
# run with the container's JVM flags (Dockerfile) and -XX:MaxRAM of the Kubernetes memory limit.
#
#   bench/ledger-import-benchmark.sh            # ROWS=1000000 PORT=8098 DB=bench_ledger
#
# Needs: a built jar (./mvnw -B package -DskipTests), MariaDB/MySQL on 127.0.0.1:3306 (root, no password), python3,
# openssl, curl, jq. Uses (and recreates) the databases ${DB}_csv, ${DB}_xlsx and ${DB}_raw.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
PORT=${PORT:-8098}
DB=${DB:-bench_ledger}
WORK=${WORK:-target/bench-ledger}
# the container's JVM flags: the Dockerfile's JAVA_OPTS and -XX:MaxRAM of k8s/deployment.yaml's memory limit, with
# the jar's class-data sharing archive in place of the image's (scripts/resilience/common.py records it when needed)
# (EXTRA_JAVA_FLAGS adds some, for instance -XX:NativeMemoryTracking=summary)
JAR="$PWD/target/quarkus-app/quarkus-run.jar"
JAVA_FLAGS="$(python3 -c 'import sys; sys.path.insert(0, "scripts/resilience"); import common
print(" ".join(common.container_java_opts()))') ${EXTRA_JAVA_FLAGS:-}"
# JFR=1 records a profile of each service run in $WORK/service-<database>.jfr
JFR=${JFR:-0}
MYSQL="mysql --protocol=TCP -h127.0.0.1 -uroot"
ISSUER=https://bench.disclosure.local
mkdir -p "$WORK"

# ---- a signing key of our own (the prod profile refuses the development key) and an admin token ---------------
# (it lives four hours, a run's length: the service is started with JWT_MAX_LIFETIME=PT5H to accept it)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","upn":"bench-admin","sub":"bench-admin","groups":["admin"],"iat":%d,"exp":%d}' "$ISSUER" $(date +%s) \
  $(( $(date +%s) + 14400 )) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/jwt-private.pem" | b64url)
TOKEN="$header.$payload.$signature"
AUTH="Authorization: Bearer $TOKEN"
ENC_KEY="bench:$(openssl rand -base64 32)"

SERVICE_PID=
start_service() { # $1 database
  PORT=$PORT DB_URL="jdbc:mysql://127.0.0.1:3306/$1" DB_USERNAME=root DB_PASSWORD= DB_VERSION_CHECK=false \
  JWT_ISSUER=$ISSUER JWT_PUBLIC_KEY_LOCATION="$WORK/jwt-public.pem" DISCLOSURE_ENCRYPTION_KEYS="$ENC_KEY" \
  DISCLOSURE_ENCRYPTION_ACTIVE_KEY=bench LOG_JSON=false DISCLOSURE_LEDGER_IMPORT_MAX_SIZE=512M JWT_MAX_LIFETIME=PT5H \
    MALLOC_ARENA_MAX=$(sed -nE 's/.*MALLOC_ARENA_MAX=([0-9]+).*/\1/p' Dockerfile) java $JAVA_FLAGS $([[ $JFR == 1 ]] && echo "-XX:StartFlightRecording=filename=$WORK/service-$1.jfr,settings=profile") \
    -jar "$JAR" > "$WORK/service-$1.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do # up to 5 minutes: a loaded machine starts it slowly
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && return
    sleep 0.5
  done
  echo "the service did not start; see $WORK/service-$1.log" >&2; exit 1
}
stop_service() { kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }
trap stop_service EXIT

fresh_db() { $MYSQL -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"; }

create_agencies() {
  curl -sSf -H "$AUTH" -H 'Content-Type: application/json' -d '{"code":"BENCH-L","name":"基准区人民政府","kind":"GOVERNMENT"}' \
    "localhost:$PORT/api/v1/agencies" >/dev/null
  for i in $(seq -w 1 20); do
    curl -sf -H "$AUTH" -H 'Content-Type: application/json' \
      -d "{\"code\":\"BENCH-L-$i\",\"name\":\"基准区部门$i\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"BENCH-L\"}" \
      "localhost:$PORT/api/v1/agencies" >/dev/null
  done
}

import_timed() { # $1 file $2 content type $3 label; prints "label rows seconds rows/s peakRSS"
  local peak=0 rss start end id status
  start=$(date +%s.%N)
  id=$(curl -sf -H "$AUTH" -H "Content-Type: $2" --data-binary "@$1" \
    "localhost:$PORT/api/v1/agencies/BENCH-L/ledger-imports?mode=all-or-nothing" | jq -r .id)
  while :; do
    rss=$(ps -o rss= -p "$SERVICE_PID" | tr -d ' ')
    (( rss > peak )) && peak=$rss
    status=$(curl -sf -H "$AUTH" "localhost:$PORT/api/v1/ledger-imports/$id" | jq -r .status)
    [[ $status == SUCCEEDED || $status == FAILED ]] && break
    sleep 0.5
  done
  end=$(date +%s.%N)
  curl -sf -H "$AUTH" "localhost:$PORT/api/v1/ledger-imports/$id" | jq -c '{status, rows, errorCount, failure}' >&2
  awk -v l="$3" -v s="$start" -v e="$end" -v n="$ROWS" -v p="$peak" \
    'BEGIN { printf "%s rows=%d seconds=%.1f rows_per_second=%.0f peak_rss_mb=%.0f\n", l, n, e-s, n/(e-s), p/1024 }'
}

echo "== generating $ROWS rows"
python3 bench/generate-ledger.py "$ROWS" "$WORK/ledger.csv"
ls -l "$WORK/ledger.csv" | awk '{ printf "csv bytes=%d\n", $5 }'

echo "== import CSV through the API"
fresh_db "${DB}_csv"
start_service "${DB}_csv"
create_agencies
CSV_RESULT=$(import_timed "$WORK/ledger.csv" "text/csv" "api_csv")
echo "$CSV_RESULT"
stop_service
[[ ${CSV_ONLY:-0} == 1 ]] && exit 0

echo "== the same rows as XLSX"
java -cp 'target/quarkus-app/lib/main/*' bench/CsvToXlsx.java "$WORK/ledger.csv" "$WORK/ledger.xlsx"
ls -l "$WORK/ledger.xlsx" | awk '{ printf "xlsx bytes=%d\n", $5 }'

echo "== import XLSX through the API"
fresh_db "${DB}_xlsx"
start_service "${DB}_xlsx"
create_agencies
XLSX_RESULT=$(import_timed "$WORK/ledger.xlsx" "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "api_xlsx")
echo "$XLSX_RESULT"
stop_service

echo "== baseline: plain JDBC batch insert of the same rows into the same tables"
fresh_db "${DB}_raw"
start_service "${DB}_raw"   # creates the schema
create_agencies
stop_service
CONNECTOR=$(ls target/quarkus-app/lib/main/com.mysql.mysql-connector-j-*.jar)
RAW_RESULT=$(java -cp "$CONNECTOR" bench/LedgerJdbcBaseline.java \
  "jdbc:mysql://127.0.0.1:3306/${DB}_raw?rewriteBatchedStatements=true" "$WORK/ledger.csv")
echo "$RAW_RESULT"

raw=$(sed -E 's/.*rows_per_second=([0-9]+).*/\1/' <<<"$RAW_RESULT")
for result in "$CSV_RESULT" "$XLSX_RESULT"; do
  api=$(sed -E 's/.*rows_per_second=([0-9]+).*/\1/' <<<"$result")
  awk -v l="${result%% *}" -v a="$api" -v r="$raw" 'BEGIN { printf "%s ratio_to_raw=%.2f (target >= 0.50)\n", l, a/r }'
done
