#!/usr/bin/env bash
# Prints a bearer token for the dev and test profiles, signed with the committed development key.
#   scripts/dev-token.sh ROLE [AGENCY_CODE ...] [--minutes N]
# ROLE is viewer, clerk, editor, publisher or admin; each agency code covers that agency's subtree.
# Example: curl -H "Authorization: Bearer $(scripts/dev-token.sh clerk 350504)" localhost:8080/api/v1/agencies/350504/applications
set -euo pipefail
cd "$(dirname "$0")/.."

role=${1:?usage: scripts/dev-token.sh ROLE [AGENCY_CODE ...] [--minutes N]}
shift
minutes=60
agencies=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    *) agencies+=("$1"); shift ;;
  esac
done
case "$role" in
  viewer|clerk|editor|publisher|admin) ;;
  *) echo "unknown role '$role': use viewer, clerk, editor, publisher or admin" >&2; exit 2 ;;
esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
codes=""
for code in "${agencies[@]+"${agencies[@]}"}"; do
  codes="${codes:+$codes,}\"$code\""
done
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"https://dev.disclosure.local","sub":"dev-%s","upn":"dev-%s","groups":["%s"],"agencies":[%s],"iat":%d,"exp":%d}' \
  "$role" "$role" "$role" "$codes" "$now" "$((now + minutes * 60))")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign config/dev-keys/jwt-private.pem -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
