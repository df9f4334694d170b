#!/usr/bin/env bash
# Benchmark of GET /api/v1/agencies/{code}/statistics/{year}?scope=subtree against the best hand-written SQL
# for the same figures (bench/statistics-raw.sql: covering indexes forced, every plan checked with EXPLAIN),
# and optionally of the bulk pull GET /api/v1/statistics/{year} against its raw queries. See bench/README.md.
#
#   bash bench/statistics-benchmark.sh [N]
#
# N (default 200000, or $BENCH_N) is the number of synthetic applications. Other settings, from the
# environment:
#   BENCH_YEAR      report year to time (default 2021)
#   BENCH_ROOT      the agency whose subtree is timed (default BENCH-GOV; BENCH-NEIGHBOUR holds the extra agencies)
#   BENCH_FIRST_DAY first day of receipt of the generated applications (default 2019-01-01)
#   BENCH_DAYS      days of receipt from it (default 1461: 2019 to 2022)
#   BENCH_EXTRA_AGENCIES  further agencies (units under a neighbouring government), e.g. 953 for 1000 in all
#   BENCH_BULK=1    also time GET /api/v1/statistics/{year} (every agency, as admin) against its raw queries
#   BENCH_APPEALS   number of synthetic appeals (default N/100)
#   BENCH_RUNS      timed calls of the endpoint and timed runs of the raw queries (default 20)
#   BENCH_WARMUP    untimed warm-up calls and runs before them (default 20)
#   BENCH_PORT      HTTP port of the service (default 0: a free port chosen by the system)
#   BENCH_DB        database name (default disclosure_bench; it is dropped and recreated)
#   BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD
#                   MariaDB/MySQL server (default 127.0.0.1, 3306, root, empty password)
#   BENCH_REUSE=1   keep the database if it already holds the benchmark agencies and exactly N
#                   applications and the requested number of appeals, instead of regenerating it
#   BENCH_OUT       directory for the service log, the keys and the compared tables (default target/bench)
#   BENCH_BUILD=1   build the jar even when target/quarkus-app/quarkus-run.jar exists
#   JAVA_OPTS       extra JVM options for the service
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

N=${1:-${BENCH_N:-200000}}
YEAR=${BENCH_YEAR:-2021}
FIRST_DAY=${BENCH_FIRST_DAY:-2019-01-01}
DAYS=${BENCH_DAYS:-1461}
EXTRA_AGENCIES=${BENCH_EXTRA_AGENCIES:-0}
BULK=${BENCH_BULK:-0}
APPEALS=${BENCH_APPEALS:-$((N / 100))}
RUNS=${BENCH_RUNS:-20}
WARMUP=${BENCH_WARMUP:-20}
PORT=${BENCH_PORT:-0}
DB_NAME=${BENCH_DB:-disclosure_bench}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASS=${BENCH_DB_PASSWORD:-}
REUSE=${BENCH_REUSE:-0}
OUT=${BENCH_OUT:-target/bench}
TARGET_RATIO=1.2
BULK_TARGET_RATIO=2
JAR=target/quarkus-app/quarkus-run.jar
GOV_CODE=BENCH-GOV # the district government whose subtree of 43 agencies the data set is built around
ROOT_CODE=${BENCH_ROOT:-$GOV_CODE} # the agency whose subtree is timed
SEEDS=12 # applications recorded through the API; the other N - SEEDS are generated with SQL
ISSUER=https://bench.disclosure.local

die() { echo "error: $*" >&2; exit 1; }
log() { echo "== $*"; }

for value in "$N" "$APPEALS" "$RUNS" "$WARMUP" "$PORT" "$YEAR" "$DAYS" "$EXTRA_AGENCIES"; do
    [[ $value =~ ^[0-9]+$ ]] || die "not a non-negative integer: '$value'"
done
((N >= SEEDS && N <= 100000000)) || die "N must be between $SEEDS and 100000000"
((RUNS >= 1)) || die "BENCH_RUNS must be at least 1"
[[ $FIRST_DAY =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "BENCH_FIRST_DAY must be a date such as 2019-01-01"
LAST_DAY=$(date -d "$FIRST_DAY + $((DAYS - 1)) days" +%F) || die "invalid BENCH_FIRST_DAY"
((YEAR >= ${FIRST_DAY:0:4} && YEAR <= ${LAST_DAY:0:4})) || die "BENCH_YEAR must lie in the generated years ${FIRST_DAY:0:4}-${LAST_DAY:0:4}"
[[ $(date -d "$LAST_DAY + 180 days" +%s) -le $(date +%s) ]] || die "the generated conclusions (up to 180 days after $LAST_DAY) would lie in the future"
[[ $DB_NAME =~ ^[A-Za-z0-9_]+$ ]] || die "invalid database name '$DB_NAME'"
[[ $DB_NAME != test ]] || die "the benchmark drops and recreates its database; it will not use 'test'"
for tool in mysql curl java awk sort openssl; do
    command -v "$tool" >/dev/null || die "'$tool' is required"
done
if command -v jq >/dev/null; then JSON_TOOL=jq
elif command -v python3 >/dev/null; then JSON_TOOL=python3
else die "'jq' or 'python3' is required to read the endpoint's JSON"; fi

if [[ -n $DB_PASS ]]; then export MYSQL_PWD=$DB_PASS; else unset MYSQL_PWD; fi
sql() { mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" --default-character-set=utf8mb4 -N -B "$@"; }
bench_sql() { sql "$DB_NAME" "$@"; }

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# ---- keys: the prod profile needs a token-signing key and a personal-data key, and refuses the
# development ones; the benchmark makes its own, once, under $OUT/keys --------------------------------
KEYS="$OUT/keys"
mkdir -p "$KEYS"
chmod 700 "$KEYS"
if [[ ! -f $KEYS/jwt-private.pem ]]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$KEYS/jwt-private.pem" -pubout -out "$KEYS/jwt-public.pem"
fi
[[ -f $KEYS/encryption.key ]] || (umask 077 && openssl rand -base64 32 >"$KEYS/encryption.key")

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
mint_token() { # role [agencyCode ...]: a bearer token valid for four hours
    local role=$1 codes="" now
    shift
    for code in "$@"; do codes="${codes:+$codes,}\"$code\""; done
    now=$(date +%s)
    local header='{"alg":"RS256","typ":"JWT"}'
    local payload
    payload=$(printf '{"iss":"%s","sub":"bench-%s","upn":"bench-%s","groups":["%s"],"agencies":[%s],"iat":%d,"exp":%d}' \
        "$ISSUER" "$role" "$role" "$role" "$codes" "$now" $((now + 4 * 3600)))
    local unsigned
    unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
    printf '%s.%s\n' "$unsigned" \
        "$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$KEYS/jwt-private.pem" -binary | b64url)"
}
ADMIN_TOKEN=$(mint_token admin)
CLERK_TOKEN=$(mint_token clerk "$GOV_CODE")
# The statistics are read as a viewer of the root agency, like a district's statistics office: the
# service then checks that the agency lies in the caller's subtree (an admin would skip that look-up).
VIEWER_TOKEN=$(mint_token viewer "$ROOT_CODE")

# ---- service lifecycle -------------------------------------------------------------------------
SERVICE_PID=
stop_service() {
    if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=
}
trap stop_service EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# With PORT=0 the service listens on a free port of the system's choice, which its start-up line names
# ("Listening on: http://0.0.0.0:PORT", in plain or JSON log format); reading it from there (rather than probing a fixed port)
# ensures that the benchmark talks to its own service and not to another one on the same machine.
start_service() {
    log "starting the service (log: $OUT/service.log)"
    : >"$OUT/service.log" # emptied here, not by the background job, so that no earlier run's lines are read
    # shellcheck disable=SC2086
    DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME" DB_USERNAME="$DB_USER" DB_PASSWORD="$DB_PASS" \
        DB_VERSION_CHECK=false PORT="$PORT" \
        JWT_ISSUER="$ISSUER" JWT_PUBLIC_KEY_LOCATION="$KEYS/jwt-public.pem" JWT_MAX_LIFETIME=PT5H \
        DISCLOSURE_ENCRYPTION_KEYS="bench:$(cat "$KEYS/encryption.key")" DISCLOSURE_ENCRYPTION_ACTIVE_KEY=bench \
        java ${JAVA_OPTS:-} -jar "$JAR" >>"$OUT/service.log" 2>&1 &
    SERVICE_PID=$!
    local started=$SECONDS listening=""
    while :; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            tail -n 40 "$OUT/service.log" >&2
            die "the service exited during start-up"
        fi
        ((SECONDS - started < 300)) || { tail -n 40 "$OUT/service.log" >&2; die "the service was not ready after 300 s"; }
        # the port is read once the line after the start-up line is written, so never from half a line
        if grep -qE 'Profile .* activated' "$OUT/service.log"; then
            listening=$(grep -oE 'Listening on: http://[^:/" ]+:[0-9]+' "$OUT/service.log" | head -n 1 |
                grep -oE '[0-9]+$' || true)
            [[ $listening =~ ^[0-9]+$ ]] || { tail -n 40 "$OUT/service.log" >&2; die "no port in the start-up line"; }
            BASE_URL="http://127.0.0.1:$listening"
            curl -sf -o /dev/null "$BASE_URL/q/health/ready" && break
        fi
        sleep 0.2
    done
    log "service ready on port $listening after $((SECONDS - started)) s"
}

# ---- helpers ------------------------------------------------------------------------------------
post_json() { # token path body
    local status
    status=$(curl -s -o "$OUT/post-response.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $1" --data-binary "$3" "$BASE_URL$2")
    [[ $status == 201 || $status == 200 ]] || { cat "$OUT/post-response.json" >&2; echo >&2; die "POST $2: HTTP $status"; }
}

post_agency() { # code name kind [parentCode]
    local parent=null
    [[ -n ${4:-} ]] && parent="\"$4\""
    post_json "$ADMIN_TOKEN" /api/v1/agencies \
        "{\"code\":\"$1\",\"name\":\"$2\",\"kind\":\"$3\",\"parentCode\":$parent}"
}

# median and p90 (nearest rank) of the numbers in a file, in ms with one decimal
percentiles() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "n/a n/a"; exit }
        median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        rank = int(0.9 * NR); if (rank < 0.9 * NR) rank++
        printf "%.1f %.1f\n", median, v[rank] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# ---- 1. build ------------------------------------------------------------------------------------
if [[ ! -f $JAR || ${BENCH_BUILD:-0} == 1 ]]; then
    log "building the service"
    ./mvnw -B -q package -DskipTests
fi

# ---- 2. database -------------------------------------------------------------------------------
sql -e "SELECT 1" >/dev/null || die "cannot connect to MariaDB/MySQL at $DB_HOST:$DB_PORT as $DB_USER"
REGENERATE=1
if [[ $REUSE == 1 ]]; then
    have=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME' AND table_name IN ('agency', 'disclosure_application', 'appeal')")
    if [[ $have == 3 ]]; then
        counts=$(bench_sql -e "SELECT (SELECT COUNT(*) FROM agency WHERE code = '$GOV_CODE'),
                                      (SELECT COUNT(*) FROM disclosure_application), (SELECT COUNT(*) FROM appeal),
                                      (SELECT COUNT(*) FROM agency), (SELECT MIN(received_date) FROM disclosure_application
                                       WHERE tracking_number NOT LIKE 'BENCH-SEED-%'),
                                      (SELECT MAX(received_date) FROM disclosure_application)")
        read -r have_root have_apps have_appeals have_agencies have_first have_last <<<"$counts"
        [[ $have_root == 1 && $have_apps == "$N" && $have_appeals == "$APPEALS" \
            && $have_agencies == $((47 + EXTRA_AGENCIES)) && $have_first > $(date -d "$FIRST_DAY - 1 day" +%F) \
            && $have_last < $(date -d "$LAST_DAY + 1 day" +%F) ]] && REGENERATE=0
    fi
fi
if ((REGENERATE)); then
    log "recreating database $DB_NAME"
    sql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4"
else
    log "reusing database $DB_NAME ($N applications, $APPEALS appeals)"
fi
query_cache=$(sql -e "SELECT @@query_cache_type, @@query_cache_size" 2>/dev/null || echo "n/a")

# ---- 3. service and agencies --------------------------------------------------------------------
start_service

if ((REGENERATE)); then
    log "registering agencies through the API"
    post_agency "$GOV_CODE" "某市某区人民政府" GOVERNMENT
    departments=(发展和改革局 教育局 科学技术局 公安分局 民政局 司法局 财政局 人力资源和社会保障局 自然资源局 生态环境局
        住房和城乡建设局 交通运输局 农业农村局 水利局 商务局 文化体育和旅游局 卫生健康委员会 应急管理局 市场监督管理局 城市管理局)
    townships=(万安街道办事处 双阳街道办事处 东湖街道办事处 河市镇人民政府 马甲镇人民政府 罗溪镇人民政府 西岭镇人民政府
        南峰镇人民政府 虹山乡人民政府 北溪乡人民政府)
    for i in "${!departments[@]}"; do
        printf -v code 'BENCH-D%02d' $((i + 1))
        post_agency "$code" "某区${departments[$i]}" DEPARTMENT "$GOV_CODE"
        if ((i < 4)); then # a few departments with units of their own
            post_agency "$code-1" "某区${departments[$i]}综合执法大队" OTHER "$code"
            post_agency "$code-2" "某区${departments[$i]}事务服务中心" OTHER "$code"
        fi
    done
    for i in "${!townships[@]}"; do
        printf -v code 'BENCH-T%02d' $((i + 1))
        post_agency "$code" "${townships[$i]}" TOWNSHIP "$GOV_CODE"
        if ((i < 2)); then
            post_agency "$code-1" "${townships[$i]}便民服务中心" OTHER "$code"
            post_agency "$code-2" "${townships[$i]}综合执法队" OTHER "$code"
        fi
    done
    # A neighbouring government outside the subtree: its records must not be counted.
    post_agency BENCH-NEIGHBOUR "某市另一区人民政府" GOVERNMENT
    for i in 1 2 3; do post_agency "BENCH-NEIGHBOUR-D0$i" "某市另一区第${i}部门" DEPARTMENT BENCH-NEIGHBOUR; done
    # Further units of the neighbouring government, for the bulk pull over many agencies.
    for ((i = 1; i <= EXTRA_AGENCIES; i++)); do
        printf -v code 'BENCH-NEIGHBOUR-U%04d' "$i"
        post_agency "$code" "某市另一区第${i}服务单位" OTHER "BENCH-NEIGHBOUR-D0$((i % 3 + 1))"
    done

    # A few applications through the API as a clerk: the service encrypts their identity and phone
    # numbers, and the SQL generation reuses those ciphertexts.
    log "recording $SEEDS applications through the API"
    seed_agencies=("$GOV_CODE" BENCH-D01 BENCH-D02-1 BENCH-T01)
    seed_outcomes=(GRANTED PARTIALLY_GRANTED UNAVAILABLE_NOT_HELD GRANTED NOT_PROCESSED_COMPLAINT GRANTED)
    first_year=${FIRST_DAY:0:4}
    year_span=$((${LAST_DAY:0:4} - first_year + 1))
    for i in $(seq 1 "$SEEDS"); do
        year=$((first_year + (i - 1) % year_span))
        printf -v received '%d-%02d-%02d' "$year" $(((i * 5) % 12 + 1)) $(((i * 7) % 27 + 1))
        printf -v tracking 'BENCH-SEED-%02d' "$i"
        if ((i % 6 == 0)); then
            conclusion="" # still open
        else
            concluded=$(date -d "$received + $((5 + i * 3)) days" +%F)
            conclusion=",\"outcome\":\"${seed_outcomes[$((i % 6))]}\",\"concludedDate\":\"$concluded\""
        fi
        post_json "$CLERK_TOKEN" "/api/v1/agencies/${seed_agencies[$((i % 4))]}/applications" \
            "{\"trackingNumber\":\"$tracking\",\"receivedDate\":\"$received\",\"channel\":\"ONLINE\",
              \"applicantType\":\"NATURAL_PERSON\",
              \"applicant\":{\"name\":\"申请人$i\",\"idNumber\":\"3505041980$(printf '%08d' $((i * 7919)))\",
                            \"phone\":\"139$(printf '%08d' $((i * 104729)))\"},
              \"subject\":\"申请公开${year}年财政预算执行情况\"$conclusion}"
    done

    log "generating $((N - SEEDS)) applications and $APPEALS appeals with SQL"
    started=$(date +%s)
    { echo "SET @bench_n = $((N - SEEDS)); SET @bench_appeals = $APPEALS;"
      echo "SET @bench_first = DATE '$FIRST_DAY'; SET @bench_days = $DAYS;"; cat bench/generate-data.sql; } |
        bench_sql >/dev/null
    log "generated and analysed in $(($(date +%s) - started)) s"
fi

ROOT_PATH=$(bench_sql -e "SELECT tree_path FROM agency WHERE code = '$ROOT_CODE'")
[[ -n $ROOT_PATH ]] || die "agency $ROOT_CODE not found"
TREE_PREFIX="$ROOT_PATH%"
SUBTREE_IDS=$(bench_sql -e "SELECT GROUP_CONCAT(id ORDER BY id) FROM agency WHERE tree_path LIKE '$TREE_PREFIX'")
ALL_IDS=$(bench_sql -e "SET SESSION group_concat_max_len = 1000000; SELECT GROUP_CONCAT(id ORDER BY id) FROM agency")
EARLIER_YEARS=$(seq -s, 2007 $((YEAR - 1)))
YEAR_START="$YEAR-01-01"
YEAR_END="$YEAR-12-31"

bench_sql -e "
    SELECT COUNT(*) FROM agency WHERE tree_path LIKE '$TREE_PREFIX';
    SELECT COUNT(*), SUM(g.tree_path LIKE '$TREE_PREFIX'), SUM(a.outcome IS NULL) FROM disclosure_application a JOIN agency g ON g.id = a.agency_id;
    SELECT COUNT(*) FROM appeal;" >"$OUT/dataset.txt"
{ read -r subtree_agencies; read -r total_apps subtree_apps open_apps; read -r total_appeals; } <"$OUT/dataset.txt"
log "dataset: $total_apps applications ($subtree_apps in the subtree of $ROOT_CODE, $open_apps open), $total_appeals appeals; $subtree_agencies agencies in the subtree (tree_path $ROOT_PATH)"

# ---- 4. the raw queries ---------------------------------------------------------------------------
# read_statements FILE IDS: the statements of a raw SQL file, one per line in RAW with their names in
# RAW_NAME, the parameters written as the literals the JDBC driver sends.
read_statements() {
    RAW=()
    RAW_NAME=()
    RAW_SETUP=""
    local name="" statement=""
    while IFS= read -r line; do
        if [[ $line =~ ^--\ name:\ *([a-z-]+) ]]; then
            name=${BASH_REMATCH[1]}
            continue
        fi
        [[ $line =~ ^[[:space:]]*-- || -z ${line// /} ]] && continue
        if [[ $line == "SET "* ]]; then # a session setting for every statement of the file
            RAW_SETUP="$RAW_SETUP $line"
            continue
        fi
        statement="$statement $line"
        if [[ $line == *";" ]]; then
            [[ -n $name ]] || die "$1: a statement without '-- name:' before it"
            statement=$(echo "$statement" | tr -s ' ' | sed -e 's/^ *//' \
                -e "s|:yearStart|'$YEAR_START'|g" -e "s|:yearEnd|'$YEAR_END'|g" -e "s|:agencyIds|$2|g" \
                -e "s|:earlierYears|$EARLIER_YEARS|g" -e "s|:firstListedYear|2007|g" -e "s|:year|$YEAR|g")
            RAW+=("$statement")
            RAW_NAME+=("$name")
            name="" statement=""
        fi
    done <"$1"
    ((${#RAW[@]} > 0)) || die "$1 holds no statement"
}

# check_plans PREFIX: prints each statement's plan, and stops unless every table is read through the index
# the statement forces, from that index alone ("Using index": no table look-up), by ranges ("range", "ref") or,
# where the optimizer finds it cheaper than the ranges (a subtree that is most of a small ledger, or the bulk
# pull's change fingerprints, which read every row on purpose), by a scan of the whole covering index ("index").
check_plans() {
    local i plan key forced failed=0
    : >"$OUT/$1-explain.txt"
    for i in "${!RAW[@]}"; do
        { echo "-- ${RAW_NAME[$i]}"; bench_sql -t -e "$RAW_SETUP EXPLAIN ${RAW[$i]}"; } >>"$OUT/$1-explain.txt" 2>&1 ||
            die "EXPLAIN of ${RAW_NAME[$i]} failed: $(tail -n 3 "$OUT/$1-explain.txt")"
        forced=$(grep -oE 'FORCE INDEX \([a-z_]+\)' <<<"${RAW[$i]}" | grep -oE '\([a-z_]+' | tr -d '(' || true)
        [[ -n $forced ]] || continue # the agency list: a small table read whole
        while IFS=$'\t' read -r _ _ table type _ key _ _ _ extra; do
            [[ $table == "a" || $table == "p" || $table == "r" ]] || continue
            printf '  plan %-12s %-6s %-5s %-40s %s\n' "${RAW_NAME[$i]}" "$table" "$type" "$key" "$extra"
            if [[ $key != "$forced" ]] || ! grep -qE '(^|; )Using index($|;)' <<<"$extra" ||
                [[ $type != range && $type != ref && $type != index ]]; then
                echo "  PLAN CHECK FAILED: ${RAW_NAME[$i]} must read $forced alone (Using index)" >&2
                failed=1
            fi
        done < <(bench_sql -e "$RAW_SETUP EXPLAIN ${RAW[$i]}")
    done
    ((failed == 0)) || die "a raw query does not read its covering index alone (plans in $OUT/$1-explain.txt)"
}

read_statements bench/statistics-raw.sql "$SUBTREE_IDS"
[[ ${RAW_NAME[0]} == ledger-new && ${RAW_NAME[1]} == ledger-carried && ${RAW_NAME[2]} == appeals ]] ||
    die "bench/statistics-raw.sql must start with the ledger-new, ledger-carried and appeals statements"
log "plans of the raw queries (must read their covering index alone)"
check_plans raw
RAW_ALL=$(printf '%s\n' "${RAW[@]}")
STATISTICS_RAW=("${RAW[@]}")
STATISTICS_RAW_NAME=("${RAW_NAME[@]}")
: >"$OUT/raw-timeliness.tsv"
: >"$OUT/raw-channels.tsv"
for i in "${!RAW[@]}"; do
    bench_sql -e "${RAW[$i]}" >"$OUT/raw-${RAW_NAME[$i]}.tsv"
done
cat "$OUT/raw-ledger-new.tsv" "$OUT/raw-ledger-carried.tsv" >"$OUT/raw-ledger.tsv"

# ---- 5. timing -----------------------------------------------------------------------------------
# The endpoint and the raw queries are timed in alternating blocks of 5 runs, so that a change of the
# machine's load during the benchmark affects both alike.
#
# Endpoint: curl's time_total, from the start of the TCP connect to the last byte of the response body
# (the curl process start is not included). It covers HTTP handling, verifying the bearer token, the
# agency look-up and access check, the aggregation queries over JDBC, assembling the tables and
# writing the JSON.
#
# Raw queries, each block in one mysql session over an open connection:
#  - wall: from the start of "SET @t0 = NOW(6)" to the start of the statement after the queries,
#    as seen by the server: executing the queries, sending their rows to the client and the client's
#    round trips (which the service's JDBC driver pays too; agency look-up, HTTP and JSON are not
#    included);
#  - server: the queries' durations summed from SHOW PROFILES (execution in the server only).
#
# For reference, each endpoint call is followed by a call of GET /api/v1/agencies/{code} (one indexed
# look-up, a small JSON body): the part of the endpoint's time that any request costs on this machine.
URL="$BASE_URL/api/v1/agencies/$ROOT_CODE/statistics/$YEAR?scope=subtree"
BASELINE_URL="$BASE_URL/api/v1/agencies/$ROOT_CODE"
BLOCK=5
: >"$OUT/endpoint-ms.txt"
: >"$OUT/baseline-ms.txt"
: >"$OUT/raw-wall-ms.txt"
: >"$OUT/raw-server-ms.txt"
: >"$OUT/raw-query-ms.tsv"

time_endpoint() { # runs
    local status seconds
    for _ in $(seq 1 "$1"); do
        read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $VIEWER_TOKEN" "$URL")
        [[ $status == 200 ]] || die "GET $URL: HTTP $status"
        awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >>"$OUT/endpoint-ms.txt"
        # the same with the agency resource (one indexed look-up): what any request costs here
        read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $VIEWER_TOKEN" "$BASELINE_URL")
        [[ $status == 200 ]] || die "GET $BASELINE_URL: HTTP $status"
        awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >>"$OUT/baseline-ms.txt"
    done
}

time_raw() { # runs (0: warm-up only, untimed) [warm-up runs] [prefix of the result files, default raw]
    local prefix=${3:-raw}
    {
        for _ in $(seq 1 "${2:-0}"); do echo "$RAW_ALL"; done
        echo "SET profiling_history_size = 100;"
        echo "SET profiling = 1;"
        for _ in $(seq 1 "$1"); do
            echo "SET @t0 = NOW(6);"; echo "$RAW_ALL"
            echo "SELECT 'wall', TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6));"
        done
        echo "SET profiling = 0;"
        echo "SHOW PROFILES;"
    } | bench_sql >"$OUT/$prefix-session.tsv"
    awk -F'\t' '$1 == "wall" { printf "%.3f\n", $2 / 1000 }' "$OUT/$prefix-session.tsv" >>"$OUT/$prefix-wall-ms.txt"
    # SHOW PROFILES rows: id, seconds, statement; per run "SET @t0 ...", the raw statements, "SELECT 'wall' ..."
    awk -F'\t' -v names="${RAW_NAME[*]}" -v per="$OUT/$prefix-query-ms.tsv" '
                BEGIN { split(names, name, " ") }
                $1 !~ /^[0-9]+$/ || NF < 3 { next }
                $3 ~ /^SET @t0/ { n++; k = 0; next }
                n > 0 && $3 !~ /^SELECT .wall./ && $3 !~ /^SET / {
                    sum[n] += $2; k++; printf "%s\t%.3f\n", name[k], $2 * 1000 >>per }
                END { for (i = 1; i <= n; i++) printf "%.3f\n", sum[i] * 1000 }' \
        "$OUT/$prefix-session.tsv" >>"$OUT/$prefix-server-ms.txt"
}

log "warming up: $WARMUP calls of $URL (and of the agency itself), $WARMUP runs of the raw queries"
status=$(curl -s -o "$OUT/endpoint.json" -w '%{http_code}' -H "Authorization: Bearer $VIEWER_TOKEN" "$URL")
[[ $status == 200 ]] || { cat "$OUT/endpoint.json" >&2; die "GET $URL: HTTP $status"; }
for _ in $(seq 2 "$WARMUP"); do
    curl -s -o /dev/null -H "Authorization: Bearer $VIEWER_TOKEN" "$URL"
    curl -s -o /dev/null -H "Authorization: Bearer $VIEWER_TOKEN" "$BASELINE_URL"
done
time_raw 0 "$WARMUP"

log "timing: $RUNS calls of the endpoint and $RUNS runs of the raw queries, alternating in blocks of $BLOCK"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
for ((done_runs = 0; done_runs < RUNS; done_runs += BLOCK)); do
    runs=$((RUNS - done_runs < BLOCK ? RUNS - done_runs : BLOCK))
    time_endpoint "$runs"
    time_raw "$runs"
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)

# ---- 5b. the bulk pull (BENCH_BULK=1) ---------------------------------------------------------------
# GET /api/v1/statistics/{year} as admin (every agency, JSON) against bench/statistics-bulk-raw.sql: the
# agency list, the change fingerprints and the ledger and appeals aggregations grouped by agency.
if [[ $BULK == 1 ]]; then
    BULK_URL="$BASE_URL/api/v1/statistics/$YEAR"
    read_statements bench/statistics-bulk-raw.sql "$ALL_IDS"
    log "plans of the bulk pull's raw queries"
    check_plans bulk
    RAW_ALL=$(echo "$RAW_SETUP"; printf '%s\n' "${RAW[@]}")
    : >"$OUT/bulk-endpoint-ms.txt"
    : >"$OUT/bulk-wall-ms.txt"
    : >"$OUT/bulk-server-ms.txt"
    : >"$OUT/bulk-query-ms.tsv"
    log "bulk pull: $WARMUP warm-up and $RUNS timed calls of $BULK_URL, as many raw runs"
    for _ in $(seq 1 "$WARMUP"); do
        curl -s -o "$OUT/bulk.json" -H "Authorization: Bearer $ADMIN_TOKEN" "$BULK_URL"
    done
    time_raw 0 "$WARMUP" bulk
    for ((done_runs = 0; done_runs < RUNS; done_runs += BLOCK)); do
        runs=$((RUNS - done_runs < BLOCK ? RUNS - done_runs : BLOCK))
        for _ in $(seq 1 "$runs"); do
            read -r status seconds < <(curl -s -o "$OUT/bulk.json" -w '%{http_code} %{time_total}\n' \
                -H "Authorization: Bearer $ADMIN_TOKEN" "$BULK_URL")
            [[ $status == 200 ]] || die "GET $BULK_URL: HTTP $status"
            awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >>"$OUT/bulk-endpoint-ms.txt"
        done
        time_raw "$runs" 0 bulk
    done
    bulk_agencies=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["agencies"]))' "$OUT/bulk.json")
    # the sum over all agencies of 本年新收 (TOTAL column), from the endpoint and from the raw ledger rows
    bulk_new_endpoint=$(python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
print(sum(row["values"][-1] for agency in doc["agencies"] for row in agency["applications"]["rows"]
          if row["code"] == "NEW_RECEIVED"))' "$OUT/bulk.json")
    : >"$OUT/bulk-raw-ledger.tsv"
    for i in "${!RAW_NAME[@]}"; do
        [[ ${RAW_NAME[$i]} == ledger-* ]] && bench_sql -e "$RAW_SETUP ${RAW[$i]}" >>"$OUT/bulk-raw-ledger.tsv"
    done
    bulk_new_raw=$(awk -F'\t' '{ t += $4 } END { print t + 0 }' "$OUT/bulk-raw-ledger.tsv")
    RAW=("${STATISTICS_RAW[@]}")
    RAW_NAME=("${STATISTICS_RAW_NAME[@]}")
fi

# ---- 6. compare the tables ---------------------------------------------------------------------
# The endpoint's tables as "section<TAB>row<TAB>column<TAB>value" lines.
if [[ $JSON_TOOL == jq ]]; then
    jq -r '(.applications.columns | map(.code)) as $cols
           | (.applications.rows[] | .code as $row | range(0; .values | length) as $i
              | "APPLICATIONS\t\($row)\t\($cols[$i])\t\(.values[$i])"),
             (.appeals.byKind | to_entries[] | .key as $kind | .value | to_entries[]
              | "APPEALS\t\($kind)\t\(.key)\t\(.value)"),
             (.timeliness // empty
              | "TIMELINESS\tCONCLUDED\tON_TIME\t\(.concludedOnTime)",
                "TIMELINESS\tCONCLUDED\tLATE\t\(.concludedLate)",
                "TIMELINESS\tCONCLUDED\tUNCOUNTED\t\(.concludedUncounted)",
                (.receivedByChannel | to_entries[] | "CHANNELS\tRECEIVED\t\(.key)\t\(.value)"))' \
        "$OUT/endpoint.json"
else
    python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
cols = [c["code"] for c in doc["applications"]["columns"]]
for row in doc["applications"]["rows"]:
    for col, value in zip(cols, row["values"]):
        print("APPLICATIONS\t%s\t%s\t%s" % (row["code"], col, value))
for kind, group in doc["appeals"]["byKind"].items():
    for col, value in group.items():
        print("APPEALS\t%s\t%s\t%s" % (kind, col, value))
t = doc.get("timeliness")
if t:
    print("TIMELINESS\tCONCLUDED\tON_TIME\t%s" % t["concludedOnTime"])
    print("TIMELINESS\tCONCLUDED\tLATE\t%s" % t["concludedLate"])
    print("TIMELINESS\tCONCLUDED\tUNCOUNTED\t%s" % t["concludedUncounted"])
    for channel, value in t["receivedByChannel"].items():
        print("CHANNELS\tRECEIVED\t%s\t%s" % (channel, value))' "$OUT/endpoint.json"
fi | sort >"$OUT/endpoint-cells.tsv"

# The same cells laid out from the raw queries' rows, following the 2019/2021 templates.
FORMAT=$([[ $YEAR -le 2020 ]] && echo GB2019 || echo GB2021)
awk -F'\t' -v format="$FORMAT" '
    BEGIN {
        split("NATURAL_PERSON COMMERCIAL_ENTERPRISE RESEARCH_INSTITUTION SOCIAL_WELFARE_ORGANIZATION " \
              "LEGAL_SERVICE_INSTITUTION OTHER_ORGANIZATION TOTAL", cols, " ")
        split("NEW_RECEIVED CARRIED_OVER GRANTED PARTIALLY_GRANTED DENIED_STATE_SECRET DENIED_LAW_PROHIBITED " \
              "DENIED_SECURITY_STABILITY DENIED_THIRD_PARTY_RIGHTS DENIED_INTERNAL_AFFAIRS " \
              "DENIED_PROCESS_INFORMATION DENIED_ENFORCEMENT_FILE DENIED_ADMIN_QUERY UNAVAILABLE_NOT_HELD " \
              "UNAVAILABLE_NEEDS_CREATION UNAVAILABLE_STILL_UNCLEAR NOT_PROCESSED_COMPLAINT " \
              "NOT_PROCESSED_DUPLICATE NOT_PROCESSED_PUBLICATION NOT_PROCESSED_EXCESSIVE " \
              "NOT_PROCESSED_CONFIRMATION OTHER_NO_CORRECTION OTHER_FEE_UNPAID OTHER TOTAL_CONCLUDED " \
              "CARRIED_FORWARD", rows, " ")
        split("ADMINISTRATIVE_REVIEW LITIGATION_DIRECT LITIGATION_AFTER_REVIEW", kinds, " ")
        split("UPHELD CORRECTED OTHER PENDING TOTAL", results, " ")
    }
    FILENAME ~ /ledger/ {
        type = $1; outcome = $2
        app["NEW_RECEIVED", type] += $3; app["NEW_RECEIVED", "TOTAL"] += $3
        app["CARRIED_OVER", type] += $4; app["CARRIED_OVER", "TOTAL"] += $4
        app["CARRIED_FORWARD", type] += $6; app["CARRIED_FORWARD", "TOTAL"] += $6
        if ($5 > 0) {
            row = outcome
            if (format == "GB2019" && (row == "OTHER_NO_CORRECTION" || row == "OTHER_FEE_UNPAID")) row = "OTHER"
            app[row, type] += $5; app[row, "TOTAL"] += $5
            app["TOTAL_CONCLUDED", type] += $5; app["TOTAL_CONCLUDED", "TOTAL"] += $5
        }
    }
    FILENAME ~ /appeals/ { appeal[$1, $2] += $3; appeal[$1, "TOTAL"] += $3 }
    FILENAME ~ /timeliness/ {
        timely = 1
        # working days (NULL: uncounted), on time (1, 0 or NULL), count
        if ($1 == "NULL" || $2 == "NULL") uncounted += $3; else if ($2 == 1) ontime += $3; else late += $3
    }
    FILENAME ~ /channels/ { channels = 1; channel[$1] += $2 }
    END {
        for (r = 1; r in rows; r++) {
            if (format == "GB2019" && (rows[r] == "OTHER_NO_CORRECTION" || rows[r] == "OTHER_FEE_UNPAID")) continue
            for (c = 1; c in cols; c++) printf "APPLICATIONS\t%s\t%s\t%d\n", rows[r], cols[c], app[rows[r], cols[c]]
        }
        for (k = 1; k in kinds; k++)
            for (c = 1; c in results; c++) printf "APPEALS\t%s\t%s\t%d\n", kinds[k], results[c], appeal[kinds[k], results[c]]
        if (timely) {
            printf "TIMELINESS\tCONCLUDED\tON_TIME\t%d\nTIMELINESS\tCONCLUDED\tLATE\t%d\n", ontime, late
            printf "TIMELINESS\tCONCLUDED\tUNCOUNTED\t%d\n", uncounted
        }
        if (channels) {
            split("IN_PERSON POST ONLINE FAX EMAIL OTHER", names, " ")
            for (c = 1; c in names; c++) printf "CHANNELS\tRECEIVED\t%s\t%d\n", names[c], channel[names[c]]
        }
    }' "$OUT/raw-ledger.tsv" "$OUT/raw-appeals.tsv" "$OUT/raw-timeliness.tsv" "$OUT/raw-channels.tsv" |
    sort >"$OUT/raw-cells.tsv"

cell() { awk -F'\t' -v s="$2" -v r="$3" -v c="$4" '$1 == s && $2 == r && $3 == c { print $4 }' "$1"; }
appeal_total() { awk -F'\t' '$1 == "APPEALS" && $3 == "TOTAL" { t += $4 } END { print t + 0 }' "$1"; }

# ---- 7. report -----------------------------------------------------------------------------------
read -r endpoint_median endpoint_p90 < <(percentiles "$OUT/endpoint-ms.txt")
read -r wall_median wall_p90 < <(percentiles "$OUT/raw-wall-ms.txt")
read -r server_median server_p90 < <(percentiles "$OUT/raw-server-ms.txt")
read -r baseline_median baseline_p90 < <(percentiles "$OUT/baseline-ms.txt")
ratio_median=$(ratio "$endpoint_median" "$wall_median")
ratio_p90=$(ratio "$endpoint_p90" "$wall_p90")

echo
echo "Statistics benchmark: $ROOT_CODE, year $YEAR ($FORMAT), scope=subtree; receipts $FIRST_DAY to $LAST_DAY"
echo "  applications N=$total_apps ($subtree_apps in the subtree), appeals=$total_appeals, agencies in subtree=$subtree_agencies"
echo "  query cache (type, size): $(echo "$query_cache" | tr '\t' ' ')"
# the timed statements read index pages of the year; when they do not stay in the buffer pool every run reads them
# again from the operating system, and a ledger with a longer history spreads the year over more pages
echo "  InnoDB buffer pool: $(sql -e "SELECT ROUND(@@innodb_buffer_pool_size / 1048576)") MiB; this database:" \
    "$(bench_sql -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables
        WHERE table_schema = DATABASE()") MiB of data and indexes"
echo "  load average before/after timing: $load_before / $load_after ($(nproc 2>/dev/null || echo '?') CPUs)"
echo
printf '  %-44s %10s %10s %6s\n' "" "median ms" "p90 ms" "runs"
printf '  %-44s %10s %10s %6s\n' "endpoint (curl time_total)" "$endpoint_median" "$endpoint_p90" "$(wc -l <"$OUT/endpoint-ms.txt")"
printf '  %-44s %10s %10s %6s\n' "raw queries, wall in one mysql session" "$wall_median" "$wall_p90" "$(wc -l <"$OUT/raw-wall-ms.txt")"
printf '  %-44s %10s %10s %6s\n' "raw queries, server time (SHOW PROFILES)" "$server_median" "$server_p90" "$(wc -l <"$OUT/raw-server-ms.txt")"
printf '  %-44s %10s %10s %6s\n' "for reference: GET /agencies/$ROOT_CODE" "$baseline_median" "$baseline_p90" "$(wc -l <"$OUT/baseline-ms.txt")"
echo
echo "  ratio endpoint / raw (wall):   median ${ratio_median}x, p90 ${ratio_p90}x"
echo "  ratio endpoint / raw (server): median $(ratio "$endpoint_median" "$server_median")x, p90 $(ratio "$endpoint_p90" "$server_p90")x"
if awk -v r="$ratio_median" -v t="$TARGET_RATIO" 'BEGIN { exit !(r != "n/a" && r + 0 <= t) }'; then
    echo "  target: endpoint within ${TARGET_RATIO}x of the best hand-written SQL (median) -> MET"
else
    echo "  target: endpoint within ${TARGET_RATIO}x of the best hand-written SQL (median) -> NOT MET"
fi
echo "  per raw query (median ms of the timed runs, server time):"
for name in "${RAW_NAME[@]}"; do
    awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$OUT/raw-query-ms.tsv" >"$OUT/raw-$name-ms.txt"
    read -r query_median query_p90 < <(percentiles "$OUT/raw-$name-ms.txt")
    printf '    %-12s %10s ms (p90 %s)\n' "$name" "$query_median" "$query_p90"
done
echo "  plans: every raw query reads its covering index alone (checked with EXPLAIN; $OUT/raw-explain.txt)"
if [[ $BULK == 1 ]]; then
    read -r bulk_median bulk_p90 < <(percentiles "$OUT/bulk-endpoint-ms.txt")
    read -r bulk_raw_median bulk_raw_p90 < <(percentiles "$OUT/bulk-wall-ms.txt")
    bulk_ratio=$(ratio "$bulk_median" "$bulk_raw_median")
    echo
    echo "  bulk pull GET /api/v1/statistics/$YEAR (admin, $bulk_agencies agencies, JSON):"
    printf '  %-44s %10s %10s %6s\n' "endpoint (curl time_total)" "$bulk_median" "$bulk_p90" "$(wc -l <"$OUT/bulk-endpoint-ms.txt")"
    printf '  %-44s %10s %10s %6s\n' "raw queries, wall in one mysql session" "$bulk_raw_median" "$bulk_raw_p90" "$(wc -l <"$OUT/bulk-wall-ms.txt")"
    for name in agencies changes-applications changes-appeals ledger-new ledger-carried appeals; do
        awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$OUT/bulk-query-ms.tsv" >"$OUT/bulk-$name-ms.txt"
        read -r query_median _ < <(percentiles "$OUT/bulk-$name-ms.txt")
        printf '    %-22s %10s ms\n' "$name" "$query_median"
    done
    echo "  ratio endpoint / raw (wall): median ${bulk_ratio}x; 本年新收 over all agencies: endpoint $bulk_new_endpoint, raw $bulk_new_raw"
    if awk -v r="$bulk_ratio" -v t="$BULK_TARGET_RATIO" 'BEGIN { exit !(r != "n/a" && r + 0 <= t) }'; then
        echo "  target: bulk pull within ${BULK_TARGET_RATIO}x of its raw queries (median) -> MET"
    else
        echo "  target: bulk pull within ${BULK_TARGET_RATIO}x of its raw queries (median) -> NOT MET"
    fi
    [[ $bulk_new_endpoint == "$bulk_new_raw" ]] || { echo "  bulk figures differ" >&2; MATCH_BULK=0; }
fi
echo
printf '  %-18s %12s %12s\n' "totals" "endpoint" "raw"
for row in NEW_RECEIVED CARRIED_OVER TOTAL_CONCLUDED CARRIED_FORWARD; do
    printf '  %-18s %12s %12s\n' "$row" "$(cell "$OUT/endpoint-cells.tsv" APPLICATIONS "$row" TOTAL)" \
        "$(cell "$OUT/raw-cells.tsv" APPLICATIONS "$row" TOTAL)"
done
printf '  %-18s %12s %12s\n' "APPEALS" "$(appeal_total "$OUT/endpoint-cells.tsv")" "$(appeal_total "$OUT/raw-cells.tsv")"
for column in ON_TIME LATE UNCOUNTED; do
    endpoint_value=$(cell "$OUT/endpoint-cells.tsv" TIMELINESS CONCLUDED "$column")
    raw_value=$(cell "$OUT/raw-cells.tsv" TIMELINESS CONCLUDED "$column")
    [[ -z $endpoint_value && -z $raw_value ]] ||
        printf '  %-18s %12s %12s\n' "CONCLUDED_$column" "${endpoint_value:--}" "${raw_value:--}"
done
if diff -q "$OUT/endpoint-cells.tsv" "$OUT/raw-cells.tsv" >/dev/null; then
    echo "  totals match: yes (all $(wc -l <"$OUT/raw-cells.tsv") figures are equal: tables 三 and 四, and the" \
        "timeliness and channel counts where present)"
    MATCH=1
else
    echo "  totals match: NO; differing figures (< endpoint, > raw):"
    diff "$OUT/endpoint-cells.tsv" "$OUT/raw-cells.tsv" | grep '^[<>]' | head -n 20 | sed 's/^/    /'
    MATCH=0
fi
echo
echo "  details in $OUT (endpoint.json, *-cells.tsv, *-ms.txt, raw-explain.txt, service.log)"
((MATCH)) && ((${MATCH_BULK:-1})) || exit 1
