#!/bin/sh
# Records the class-data sharing archive of the packaged service (docs/operations.md, "Start-up"): starts the service
# once with the JVM flags of $JAVA_OPTS, in which -XX:SharedArchiveFile=... names the archive, and lets it stop; as
# the JVM exits it writes there the classes the start loaded, parsed and verified, and every later start with the
# same flags, JVM and paths maps them instead of loading them from the jars.
#
#   JAVA_OPTS="... -XX:SharedArchiveFile=/deployments/app-cds.jsa" sh class-data-archive.sh /deployments/quarkus-run.jar
#
# The Dockerfile runs it in the image (its own JRE, the paths the pod runs); scripts/resilience/common.py runs it for
# the jar it starts. No database is needed: the URL names a port nothing listens on, so the start does not migrate
# (a database needing migration is not reachable anyway), and Hibernate and the import poller only warn. The keys are
# throwaway ones; nothing is decrypted or verified. Exits with 1, printing the service's log, when the start fails or
# has not ended after 5 minutes (a build from before the service could stop by itself waits for a signal).
set -eu
jar=$1
archive=$(printf '%s\n' $JAVA_OPTS | sed -n 's/^-XX:SharedArchiveFile=//p')
[ -n "$archive" ] || { echo "JAVA_OPTS names no -XX:SharedArchiveFile" >&2; exit 2; }
log=$(mktemp)
rm -f "$archive"
if ! env DB_URL=jdbc:mysql://127.0.0.1:1/none DB_USERNAME=none DB_PASSWORD= DB_MIGRATE_AT_START=false \
        JWT_ISSUER=none JWT_PUBLIC_KEY_LOCATION=/nonexistent \
        DISCLOSURE_ENCRYPTION_KEYS="none:$(head -c 32 /dev/urandom | base64)" DISCLOSURE_ENCRYPTION_ACTIVE_KEY=none \
        PORT=0 SHUTDOWN_DELAY=0S LOG_JSON=false \
        timeout 300 java $(printf '%s\n' $JAVA_OPTS | sed 's/^-XX:SharedArchiveFile=/-XX:ArchiveClassesAtExit=/') -Xlog:cds*=error \
        -Ddisclosure.start-and-exit=true -jar "$jar" >"$log" 2>&1 || [ ! -s "$archive" ]; then
    cat "$log" >&2
    rm -f "$log" "$archive"
    echo "the start that records $archive failed" >&2
    exit 1
fi
rm -f "$log"
