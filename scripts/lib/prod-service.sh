# Shared by the scripts that run the packaged service in the prod profile on this machine (loopback only):
# a token-signing key pair and a personal-data key of their own (the prod profile refuses the development
# ones), bearer tokens signed with it, starting an instance and waiting for its readiness.
# Source it from the repository root; needs java, python3 and openssl. Every wait is bounded.

PROD_JAR=target/quarkus-app/quarkus-run.jar

# prod_keys DIR: makes the key pair and the personal-data key in DIR (scripts/resilience/common.py) and sets
# JWT_ISSUER, JWT_PUBLIC_KEY_LOCATION, ENCRYPTION_KEY and PROD_KEYS (the directory).
prod_keys() {
  PROD_KEYS=$1
  python3 - "$PROD_KEYS" <<'PY' >"$PROD_KEYS.env"
import sys
sys.path.insert(0, "scripts/resilience")
from common import ISSUER, Keys
keys = Keys(sys.argv[1])
print("JWT_ISSUER=%s" % ISSUER)
print("JWT_PUBLIC_KEY_LOCATION=%s" % keys.public)
print("ENCRYPTION_KEY=%s" % keys.encryption)
PY
  # shellcheck disable=SC1090
  . "$PROD_KEYS.env"
}

# prod_token ROLE [AGENCY...]: prints a bearer token signed with the keys of prod_keys (50 minutes).
prod_token() {
  python3 - "$PROD_KEYS" "$@" <<'PY'
import sys
sys.path.insert(0, "scripts/resilience")
from common import Keys
print(Keys(sys.argv[1]).token(sys.argv[2], *sys.argv[3:]))
PY
}

# prod_start PORT DB_URL LOG [VAR=VALUE...]: starts an instance in the background ($! is its pid), with the keys
# of prod_keys and any further environment given.
prod_start() {
  local port=$1 db_url=$2 log=$3
  shift 3
  env DB_URL="$db_url" DB_USERNAME=root DB_PASSWORD= DB_VERSION_CHECK=false PORT="$port" \
    JWT_ISSUER="$JWT_ISSUER" JWT_PUBLIC_KEY_LOCATION="$JWT_PUBLIC_KEY_LOCATION" \
    DISCLOSURE_ENCRYPTION_KEYS="run:$ENCRYPTION_KEY" DISCLOSURE_ENCRYPTION_ACTIVE_KEY=run "$@" \
    java -Xmx384m -jar "$PROD_JAR" >"$log" 2>&1 &
}

# prod_wait_ready PORT SECONDS [PID]: waits for readiness; fails at once when PID has exited.
prod_wait_ready() {
  local deadline=$(($(date +%s) + $2))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then
      return 1
    fi
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$1/q/health/ready" || true)" = 200 ] \
      && return 0
    sleep 0.2
  done
  return 1
}
