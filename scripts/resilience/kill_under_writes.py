#!/usr/bin/env python3
"""kill -9 under writes: 8 clients record applications, the service is killed with SIGKILL and started again
while they keep sending (a refused or unanswered create is sent again: creates are idempotent). Afterwards every
acknowledged create (201, or 200 for a repeat) must be stored, and nothing stored half: every stored application
has its audit entry and, when concluded, its CONCLUDED event (each create is one transaction).

Usage: python3 scripts/resilience/kill_under_writes.py
Settings (environment): RESILIENCE_DB (default disclosure_resilience; dropped and recreated on the local MariaDB
at 127.0.0.1:3306), RESILIENCE_PORT (18090), RESILIENCE_CLIENTS (8), RESILIENCE_BEFORE_KILL (10 seconds of writes
before the kill, after 20 warm-up creates), RESILIENCE_AFTER (10 seconds of writes once the service is ready again), RESILIENCE_OUT
(target/resilience). Prints one summary line; exits 1 when an acknowledged create is lost or one is half-stored.
"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
import common  # noqa: E402

DB = os.environ.get("RESILIENCE_DB", "disclosure_resilience")
PORT = int(os.environ.get("RESILIENCE_PORT", "18090"))
CLIENTS = int(os.environ.get("RESILIENCE_CLIENTS", "8"))
BEFORE_KILL = float(os.environ.get("RESILIENCE_BEFORE_KILL", "10"))
AFTER = float(os.environ.get("RESILIENCE_AFTER", "10"))
OUT = os.path.join(common.ROOT, os.environ.get("RESILIENCE_OUT", "target/resilience"))


def main():
    common.require("java", "mysql", "openssl")
    common.build_if_missing()
    os.makedirs(OUT, exist_ok=True)
    keys = common.Keys(os.path.join(OUT, "keys"))
    common.fresh_database(DB)
    log = os.path.join(OUT, "kill-under-writes.log")
    open(log, "w").close()
    service = common.Service(keys, PORT, "jdbc:mysql://127.0.0.1:3306/" + DB, log)
    service.start()
    agency = "KILL-%d" % os.getpid()
    status, _, body = common.Client(PORT, keys.token("admin")).call(
        "POST", "/api/v1/agencies", {"code": agency, "name": "演练区人民政府", "kind": "GOVERNMENT"})
    if status != 201:
        common.die("could not register the agency: %d %s" % (status, body[:200]))

    # a few creates first, so that the kill hits a warmed-up service under steady writes
    warm = common.Client(PORT, keys.token("clerk", agency), timeout=60)
    for i in range(20):
        warm.call("POST", "/api/v1/agencies/%s/applications" % agency, common.application("WARM-%d" % i))
    warm.close()

    acknowledged, unexpected = set(), []
    lock = threading.Lock()
    stop = threading.Event()
    clerk = keys.token("clerk", agency)

    def writer(number):
        client = common.Client(PORT, clerk, timeout=30)
        sequence = 0
        while not stop.is_set():
            sequence += 1
            tracking = "K-%d-%06d" % (number, sequence)
            body = common.application(tracking, concluded=sequence % 2 == 0)
            while not stop.is_set():
                status, _, answer = client.call("POST", "/api/v1/agencies/%s/applications" % agency, body)
                if status in (200, 201):
                    with lock:
                        acknowledged.add(tracking)
                    break
                if status in (0, 503):  # down or starting: send the same create again
                    time.sleep(0.05)
                    continue
                with lock:
                    unexpected.append((tracking, status, answer[:200]))
                break
        client.close()

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(CLIENTS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(BEFORE_KILL)
    before = len(acknowledged)
    killed_at = time.monotonic()
    service.kill()
    restart = service.start()
    down = time.monotonic() - killed_at
    time.sleep(AFTER)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    elapsed = time.monotonic() - started
    service.kill()

    stored = {row[0] for row in common.sql(DB, "SELECT a.tracking_number FROM disclosure_application a "
                                               "JOIN agency g ON g.id = a.agency_id WHERE g.code = '%s' "
                                               "AND a.tracking_number LIKE 'K-%%'" % agency)}
    without_event = common.sql(DB, "SELECT COUNT(*) FROM disclosure_application a WHERE a.concluded_date IS NOT NULL "
                                   "AND NOT EXISTS (SELECT 1 FROM application_event e WHERE e.application_id = a.id "
                                   "AND e.event_type = 'CONCLUDED')")[0][0]
    without_audit = common.sql(DB, "SELECT COUNT(*) FROM disclosure_application a WHERE NOT EXISTS (SELECT 1 FROM "
                                   "audit_entry u WHERE u.entity_type = 'APPLICATION' AND u.action = 'CREATE' "
                                   "AND u.entity_id = a.tracking_number AND u.agency_id = a.agency_id)")[0][0]
    lost = acknowledged - stored
    half = int(without_event) + int(without_audit)
    # a drill in which nothing was acknowledged, before or after the kill, proves nothing
    passed = not lost and half == 0 and not unexpected and before > 0 and len(acknowledged) > before
    print("kill -9 under writes: %d clients, %d acknowledged creates in %.1f s (%d before the kill), service down "
          "%.1f s (start to ready %.1f s); %d lost, %d half-stored (%s without their event, %s without their audit "
          "entry), %d stored without acknowledgement (committed, answer lost in the kill), %d unexpected answers -> %s"
          % (CLIENTS, len(acknowledged), elapsed, before, down, restart, len(lost), half, without_event,
             without_audit, len(stored - acknowledged), len(unexpected), "PASS" if passed else "FAIL"))
    for tracking, status, answer in unexpected[:5]:
        print("  unexpected: %s -> %d %s" % (tracking, status, answer), file=sys.stderr)
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
