#!/usr/bin/env bash
# Federation between two real instances of the service, on this machine (loopback only).
#
#  1. Starts the packaged service twice in the prod profile: a city (FED_CITY_PORT, database FED_CITY_DB) and a
#     district (FED_DISTRICT_PORT, database FED_DISTRICT_DB), both databases dropped and created anew on the
#     MariaDB/MySQL at 127.0.0.1:3306, and a small token endpoint (client-credentials grant) on a free loopback port
#     that hands the city a district viewer's token.
#  2. At the district: its government with one department, their 2021 ledger, and the government's 2021 report,
#     published on 2022-03-20.
#  3. At the city: the district registered as a source and pulled; the copy must equal what the district
#     published (tables 三 and 四, sections), and the city's subtree tables the district's subtree tables.
#  4. At the district: one more application, a correction of the report published on 2022-05-06. Pulled again:
#     revision 2 in force at the city, revision 1 kept as it was; what did not change answered 304, and the bulk
#     statistics listed only the agency that changed (updatedSince).
#  5. A pull with nothing changed: every request to the district answered 304.
# Prints each check, then one summary line; exits non-zero when a check fails or the time limit is reached.
#
# Usage: scripts/federation-two-instances.sh   (after ./mvnw -B package -DskipTests; builds nothing itself)
# Settings: FED_CITY_PORT (18104), FED_DISTRICT_PORT (18105), FED_CITY_DB (fed_city), FED_DISTRICT_DB (fed_district),
#           FED_TIME_LIMIT (420 seconds for the whole run), FED_KEEP=1 keeps the work directory with the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/prod-service.sh
. scripts/lib/prod-service.sh

CITY_PORT=${FED_CITY_PORT:-18104}
DISTRICT_PORT=${FED_DISTRICT_PORT:-18105}
CITY_DB=${FED_CITY_DB:-fed_city}
DISTRICT_DB=${FED_DISTRICT_DB:-fed_district}
LIMIT=${FED_TIME_LIMIT:-420}
STARTED=$(date +%s)
WORK=$(mktemp -d /tmp/disclosure-federation.XXXXXX)
CITY_PID="" DISTRICT_PID="" TOKENS_PID="" WATCHDOG=""
PASSED=0 FAILED=0
SUMMARY=""

for db in "$CITY_DB" "$DISTRICT_DB"; do
  case "$db" in
    test | mysql | information_schema | performance_schema | sys | "")
      echo "refusing to use the database '$db': this run drops it" >&2
      exit 2 ;;
  esac
done
if [ ! -f "$PROD_JAR" ]; then
  echo "federation-two-instances: FAILED — $PROD_JAR is missing; build it with ./mvnw -B package -DskipTests" >&2
  exit 2
fi

cleanup() {
  local code=$?
  for pid in "$CITY_PID" "$DISTRICT_PID" "$TOKENS_PID" "$WATCHDOG"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "$CITY_PID" "$DISTRICT_PID"; do
    [ -n "$pid" ] && for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  if [ "${FED_KEEP:-0}" = 1 ] || [ "$code" != 0 ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'echo "federation-two-instances: FAILED — the time limit of ${LIMIT}s was reached"; exit 124' TERM
(sleep "$LIMIT" && kill -TERM $$ 2>/dev/null) >/dev/null 2>&1 &
WATCHDOG=$!

say() { printf '\n== %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...: runs the command, counts a failure when it fails
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then echo "  ok    $what"; PASSED=$((PASSED + 1));
  else echo "  FAIL  $what"; FAILED=$((FAILED + 1)); fi
}
same() { [ "$1" = "$2" ]; }

# call PORT METHOD PATH [BODY] [IF_MATCH]: as admin; sets CODE, ETAG and writes the body to $WORK/body
call() {
  local args=(-s -o "$WORK/body" -D "$WORK/headers" --max-time 120 -w '%{http_code}'
    -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' -X "$2" "http://127.0.0.1:$1/api/v1$3")
  [ $# -ge 4 ] && [ -n "$4" ] && args+=(-H 'Content-Type: application/json' --data "$4")
  [ $# -ge 5 ] && args+=(-H "If-Match: $5")
  CODE=$(curl "${args[@]}" || echo 000)
  ETAG=$(grep -i '^etag:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2- || true)
}
body() { jq -c "$1" "$WORK/body"; }
# expect STATUS DESCRIPTION: counts the last call's status as a check, printing the body when it differs
expect() {
  if [ "$CODE" = "$1" ]; then echo "  ok    $2 ($CODE)"; PASSED=$((PASSED + 1));
  else echo "  FAIL  $2: HTTP $CODE, expected $1: $(head -c 600 "$WORK/body")"; FAILED=$((FAILED + 1)); fi
}
district() { call "$DISTRICT_PORT" "$@"; }
city() { call "$CITY_PORT" "$@"; }

application() { # application TRACKING RECEIVED TYPE CONCLUDED
  printf '{"trackingNumber":"%s","receivedDate":"%s","channel":"ONLINE","applicantType":"%s","applicant":{"name":"王某"},"subject":"某项目的审批文件","outcome":"GRANTED","concludedDate":"%s"}' \
    "$1" "$2" "$3" "$4"
}

# step REPORT ACTION BODY: a workflow step at the district with the report's current ETag
step() {
  district GET "/reports/$1"
  local tag=$ETAG
  district POST "/reports/$1/$2" "$3" "$tag"
}

# pull LABEL: pulls the source at the city; sets PULL (the pull's JSON)
pull() {
  city POST /sources/luojiang/pulls '{}'
  expect 201 "$1: pull answered"
  PULL=$(cat "$WORK/body")
  echo "  pull: $(jq -c '{status, requests, notModified, agenciesCreated, reportsCreated, revisionsAdded, statisticsAgencies, failure}' <<<"$PULL")"
  SUMMARY="$SUMMARY $(jq -r '"\(.requests)/\(.notModified)"' <<<"$PULL")"
}
pulled() { jq -r ".$1" <<<"$PULL"; }

# figures PORT REPORT [REVISION]: tables 三 and 四 and the sections of a report (or of one of its revisions)
figures() {
  call "$1" GET "/reports/$2${3:+/revisions/$3}"
  jq -S -c '{revision, publishedDate, applications: .applications.rows, appeals: .appeals.values,
             sections: [.sections[] | .text]}' "$WORK/body"
}
subtree() { # subtree PORT AGENCY: tables 三 and 四 of the agency's subtree in 2021
  call "$1" GET "/agencies/$2/statistics/2021?scope=subtree"
  jq -S -c '{applications: .applications.rows, appeals: .appeals.values}' "$WORK/body"
}

say "two instances: city on 127.0.0.1:$CITY_PORT ($CITY_DB), district on 127.0.0.1:$DISTRICT_PORT ($DISTRICT_DB)"
for db in "$CITY_DB" "$DISTRICT_DB"; do
  mysql --protocol=TCP -h 127.0.0.1 -P 3306 -uroot -e "DROP DATABASE IF EXISTS \`$db\`;
    CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
done
prod_keys "$WORK/keys"
TOKEN=$(prod_token admin)
CLIENT_TOKEN=$(prod_token viewer 350504)

# The district's identity provider, as far as the city needs it: the client-credentials grant of one client.
python3 - "$WORK/token-port" "$CLIENT_TOKEN" <<'PY' >"$WORK/tokens.log" 2>&1 &
import http.server, json, sys, urllib.parse
port_file, token = sys.argv[1], sys.argv[2]
class Tokens(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        good = form.get("grant_type") == ["client_credentials"] and form.get("client_id") == ["quanzhou-city"] \
            and form.get("client_secret") == ["s3cret"]
        body = json.dumps({"access_token": token, "token_type": "Bearer", "expires_in": 3000} if good
                          else {"error": "invalid_client"}).encode()
        self.send_response(200 if good else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
server = http.server.HTTPServer(("127.0.0.1", 0), Tokens)
with open(port_file, "w") as handle:
    handle.write(str(server.server_port))
server.serve_forever()
PY
TOKENS_PID=$!

prod_start "$DISTRICT_PORT" "jdbc:mysql://127.0.0.1:3306/$DISTRICT_DB" "$WORK/district.log" LOG_JSON=false
DISTRICT_PID=$!
# Every write of this run at the district is committed before the city pulls: no overlap is needed for the
# statistics' updatedSince, so the second pull shows that only the agency changed since the first one travels.
prod_start "$CITY_PORT" "jdbc:mysql://127.0.0.1:3306/$CITY_DB" "$WORK/city.log" LOG_JSON=false \
  DISCLOSURE_FEDERATION_STATISTICS_OVERLAP=PT0S
CITY_PID=$!
check "district ready" prod_wait_ready "$DISTRICT_PORT" 240 "$DISTRICT_PID"
check "city ready" prod_wait_ready "$CITY_PORT" 240 "$CITY_PID"
for _ in $(seq 1 50); do [ -s "$WORK/token-port" ] && break; sleep 0.1; done
TOKEN_PORT=$(cat "$WORK/token-port")
echo "  both ready $(($(date +%s) - STARTED))s after the start; token endpoint on 127.0.0.1:$TOKEN_PORT"
if [ "$FAILED" != 0 ]; then
  echo "federation-two-instances: FAILED — an instance did not start (logs in $WORK)"
  exit 1
fi

say "district: agencies, the 2021 ledger, the 2021 report published"
district POST /agencies '{"code":"350504","name":"洛江区人民政府","kind":"GOVERNMENT"}'
expect 201 "the district's government 350504"
district POST /agencies '{"code":"350504-01","name":"洛江区教育局","kind":"DEPARTMENT","parentCode":"350504"}'
expect 201 "its department 350504-01"
district POST /agencies/350504-01/applications "$(application JY-2021-001 2021-06-01 NATURAL_PERSON 2021-06-08)"
expect 201 "application JY-2021-001 at the department"
sleep 1.1 # the district's last change (lastChanged, to the second) is the government's, later than the department's
district POST /agencies/350504/applications "$(application LJ-2021-001 2021-03-01 NATURAL_PERSON 2021-03-10)"
expect 201 "application LJ-2021-001 (a person, granted)"
district POST /agencies/350504/applications "$(application LJ-2021-002 2021-04-01 COMMERCIAL_ENTERPRISE 2021-04-12)"
expect 201 "application LJ-2021-002 (an enterprise, granted)"
district POST /agencies/350504/reports '{"year":2021}'
expect 201 "the 2021 report created"
REPORT=$(body .id)
district GET "/reports/$REPORT"
district PUT "/reports/$REPORT/proactive-disclosure" '{"values":{
  "RULES":{"ISSUED":0,"REPEALED":0,"IN_FORCE":0},"NORMATIVE_DOCUMENTS":{"ISSUED":3,"REPEALED":1,"IN_FORCE":12},
  "ADMINISTRATIVE_LICENSING":{"DECISIONS":210},"ADMINISTRATIVE_PENALTY":{"DECISIONS":31},
  "ADMINISTRATIVE_COERCION":{"DECISIONS":2},"ADMINISTRATIVE_FEES":{"FEE_AMOUNT":"0"}}}' "$ETAG"
expect 200 "section 二 filled"
district GET "/reports/$REPORT"
district PUT "/reports/$REPORT/sections/1" '{"text":"2021年洛江区依申请公开工作平稳有序。"}' "$ETAG"
expect 200 "section 1 written"
step "$REPORT" submit '{}'
expect 200 "submitted"
step "$REPORT" publish '{"publishedDate":"2022-03-20"}'
expect 200 "published on 2022-03-20"
DISTRICT_R1=$(figures "$DISTRICT_PORT" "$REPORT")
echo "  district report $REPORT, revision 1: $(jq -c '.applications[] | select(.code == "NEW_RECEIVED") | .values' <<<"$DISTRICT_R1") received"

say "city: the district registered as a source and pulled"
city POST /agencies '{"code":"350500","name":"泉州市人民政府","kind":"GOVERNMENT"}'
expect 201 "the city's government 350500"
city POST /sources "{\"code\":\"luojiang\",\"name\":\"洛江区\",\"baseUrl\":\"http://127.0.0.1:$DISTRICT_PORT\",
  \"agencyCode\":\"350504\",\"localParentCode\":\"350500\",\"years\":[2021],
  \"credentials\":{\"kind\":\"OAUTH2_CLIENT\",\"tokenUrl\":\"http://127.0.0.1:$TOKEN_PORT/token\",
                   \"clientId\":\"quanzhou-city\",\"clientSecret\":\"s3cret\"}}"
expect 201 "source luojiang registered"
pull "first pull"
check "succeeded" same "$(pulled status)" SUCCEEDED
check "2 agencies created, 1 report with 1 revision, statistics of 2 agencies" \
  same "$(jq -c '[.agenciesCreated, .reportsCreated, .revisionsAdded, .statisticsAgencies]' <<<"$PULL")" "[2,1,1,2]"
check "8 requests (token, agency, 2 lists of children, 2 lists of reports, 1 revision, statistics), none 304" \
  same "$(jq -c '[.requests, .notModified]' <<<"$PULL")" "[8,0]"
city GET /agencies/350504-01
check "the department hangs below the district's government, federated from luojiang" \
  same "$(body '[.parentCode, .federatedFrom]')" '["350504","luojiang"]'
city GET /agencies/350504/reports
COPY=$(body '.items[0].id')
CITY_R1=$(figures "$CITY_PORT" "$COPY")
check "the city's copy equals the district's revision 1 (tables 三 and 四, sections, date)" same "$CITY_R1" "$DISTRICT_R1"
city GET "/reports/$COPY"
check "provenance: FEDERATED from luojiang, remote report $REPORT revision 1, figures from its LEDGER" same \
  "$(body '[.provenance.origin, .provenance.federation.source, .provenance.federation.remoteReportId, .provenance.federation.remoteRevision, .provenance.federation.remoteOrigin]')" \
  "[\"FEDERATED\",\"luojiang\",$REPORT,1,\"LEDGER\"]"
check "the city's subtree tables equal the district's (report for the government, statistics for the department)" \
  same "$(subtree "$CITY_PORT" 350500)" "$(subtree "$DISTRICT_PORT" 350504)"
city GET "/statistics/2021?under=350504"
check "the city's bulk statistics carry the federated figures (NEW_RECEIVED totals 2 and 1)" \
  same "$(body '[.agencies[] | .applications.rows[] | select(.code == "NEW_RECEIVED") | .values[6]]')" "[2,1]"
city GET /agencies/350500/collection/2021
check "collection: 3 agencies, 1 published; figures LEDGER, FEDERATED, FEDERATED_STATISTICS" \
  same "$(body '[.agencies, .published, [.items[].figures]]')" '[3,1,["LEDGER","FEDERATED","FEDERATED_STATISTICS"]]'
city GET "/reports/$COPY"
city PUT "/reports/$COPY/sections/1" '{"text":"改"}' "$ETAG"
check "the copy is read-only at the city (409 naming the source)" \
  same "$CODE $(body '.detail | contains("luojiang")')" "409 true"

say "district: one more application, a correction published"
district POST /agencies/350504/applications "$(application LJ-2021-003 2021-05-10 NATURAL_PERSON 2021-05-20)"
expect 201 "application LJ-2021-003 recorded late"
step "$REPORT" revisions '{"reason":"补录一件申请"}'
expect 201 "correction started (revision 2)"
step "$REPORT" submit '{}'
expect 200 "submitted"
step "$REPORT" publish '{"publishedDate":"2022-05-06"}'
expect 200 "revision 2 published on 2022-05-06"
DISTRICT_R2=$(figures "$DISTRICT_PORT" "$REPORT")
echo "  district report $REPORT, revision 2: $(jq -c '.applications[] | select(.code == "NEW_RECEIVED") | .values' <<<"$DISTRICT_R2") received"

say "city: pulled again"
pull "second pull"
check "succeeded" same "$(pulled status)" SUCCEEDED
check "no agency or report created, 1 revision added, statistics of 1 agency (the one changed)" \
  same "$(jq -c '[.agenciesCreated, .reportsCreated, .revisionsAdded, .statisticsAgencies]' <<<"$PULL")" "[0,0,1,1]"
check "8 requests, 4 answered 304 (the government, both lists of children, the department's reports)" \
  same "$(jq -c '[.requests, .notModified]' <<<"$PULL")" "[8,4]"
CITY_R2=$(figures "$CITY_PORT" "$COPY")
check "the copy in force equals the district's revision 2" same "$CITY_R2" "$DISTRICT_R2"
check "revision 2 differs from revision 1 (3 received by the government, not 2)" \
  same "$(jq -c '.applications[] | select(.code == "NEW_RECEIVED") | .values[6]' <<<"$CITY_R2")" 3
check "revision 1 is kept at the city as it was published" same "$(figures "$CITY_PORT" "$COPY" 1)" "$DISTRICT_R1"
city GET "/reports/$COPY/revisions"
check "revisions at the city: 1 SUPERSEDED, 2 PUBLISHED" \
  same "$(body '[.[] | [.revision, .status]]')" '[[1,"SUPERSEDED"],[2,"PUBLISHED"]]'
check "the city's subtree tables equal the district's again" \
  same "$(subtree "$CITY_PORT" 350500)" "$(subtree "$DISTRICT_PORT" 350504)"

say "city: pulled with nothing changed"
pull "third pull"
PULL_ID=$(pulled id)
city GET "/sources/luojiang/pulls/$PULL_ID"
check "the pull record: SUCCEEDED, 7 requests, the 6 to the district all answered 304, nothing added" \
  same "$(body '[.status, .requests, .notModified, .agenciesCreated, .agenciesUpdated, .revisionsAdded, .statisticsAgencies]')" \
  '["SUCCEEDED",7,6,0,0,0,0]'
city GET /sources/luojiang/pulls
check "three pulls recorded, all SUCCEEDED" same "$(body '[.totalItems, [.items[].status]]')" \
  '[3,["SUCCEEDED","SUCCEEDED","SUCCEEDED"]]'

ELAPSED=$(($(date +%s) - STARTED))
if [ "$FAILED" = 0 ]; then
  echo "federation-two-instances: PASSED — $PASSED checks in ${ELAPSED}s; pulls (requests/304):$SUMMARY"
  exit 0
fi
echo "federation-two-instances: FAILED — $FAILED of $((PASSED + FAILED)) checks failed in ${ELAPSED}s; pulls (requests/304):$SUMMARY"
exit 1
