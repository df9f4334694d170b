#!/usr/bin/env python3
"""Database outage under writes: 8 clients record applications against a private MariaDB (its own datadir and
port; the shared database on 3306 is never touched), which is stopped for 10 s and started again. During the
outage every answer must be 503 problem+json of type service-unavailable with Retry-After, each within 2 s; the
service recovers without a restart, and no acknowledged create is lost (a refused one is sent again afterwards:
creates are idempotent).

Usage: python3 scripts/resilience/db_outage_under_writes.py
Settings (environment): RESILIENCE_DB_PORT (3407), RESILIENCE_PORT (18090), RESILIENCE_CLIENTS (8),
RESILIENCE_OUTAGE (10 seconds), RESILIENCE_LIMIT (2 seconds per answer), RESILIENCE_OUT (target/resilience).
Prints one summary line; exits 1 on a failure.
"""
import collections
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
import common  # noqa: E402

DB_PORT = int(os.environ.get("RESILIENCE_DB_PORT", "3407"))
PORT = int(os.environ.get("RESILIENCE_PORT", "18090"))
CLIENTS = int(os.environ.get("RESILIENCE_CLIENTS", "8"))
OUTAGE = float(os.environ.get("RESILIENCE_OUTAGE", "10"))
LIMIT = float(os.environ.get("RESILIENCE_LIMIT", "2"))
OUT = os.path.join(common.ROOT, os.environ.get("RESILIENCE_OUT", "target/resilience"))


def main():
    common.require("java", "mysql", "openssl")
    common.build_if_missing()
    os.makedirs(OUT, exist_ok=True)
    keys = common.Keys(os.path.join(OUT, "keys"))
    database = common.PrivateMariaDB(DB_PORT)
    service = None
    try:
        database.start()
        common.sql(None, "CREATE DATABASE disclosure_outage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", DB_PORT)
        log = os.path.join(OUT, "db-outage-under-writes.log")
        open(log, "w").close()
        service = common.Service(keys, PORT, "jdbc:mysql://127.0.0.1:%d/disclosure_outage" % DB_PORT, log)
        service.start()
        agency = "OUTAGE-%d" % os.getpid()
        common.Client(PORT, keys.token("admin")).call(
            "POST", "/api/v1/agencies", {"code": agency, "name": "演练区人民政府", "kind": "GOVERNMENT"})
        clerk = keys.token("clerk", agency)
        warm = common.Client(PORT, clerk, timeout=60)
        for i in range(20):
            warm.call("POST", "/api/v1/agencies/%s/applications" % agency, common.application("WARM-%d" % i))
        warm.close()

        acknowledged = set()
        during = []  # (status, seconds, problem type, Retry-After) of answers while the database was away
        unexpected = []
        lock = threading.Lock()
        stop = threading.Event()
        outage = {"from": None, "to": None}

        def writer(number):
            client = common.Client(PORT, clerk, timeout=30)
            sequence = 0
            while not stop.is_set():
                sequence += 1
                tracking = "O-%d-%06d" % (number, sequence)
                while not stop.is_set():
                    sent = time.monotonic()
                    status, headers, body = client.call("POST", "/api/v1/agencies/%s/applications" % agency,
                                                        common.application(tracking, concluded=sequence % 2 == 0))
                    took = time.monotonic() - sent
                    away = outage["from"] is not None and outage["to"] is None and sent >= outage["from"]
                    problem = ""
                    if status == 503:
                        try:
                            problem = json.loads(body).get("type", "")
                        except ValueError:
                            problem = "?"
                    with lock:
                        if away:
                            during.append((status, took, problem, headers.get("Retry-After")))
                        if status in (200, 201):
                            acknowledged.add(tracking)
                        elif status != 503:
                            unexpected.append((tracking, status, body[:200]))
                    if status in (200, 201):
                        break
                    if status != 503:
                        break
                    time.sleep(0.2)  # sooner than Retry-After, to probe the outage often
            client.close()

        threads = [threading.Thread(target=writer, args=(i,)) for i in range(CLIENTS)]
        for thread in threads:
            thread.start()
        time.sleep(5)
        before = len(acknowledged)
        stopping = time.monotonic()
        database.stop()
        # answers to requests sent once the database process has ended are the outage's
        outage["from"] = time.monotonic()
        time.sleep(max(0, OUTAGE - (outage["from"] - stopping)))
        # the window ends when the database is started again: a request sent while it starts may be answered by it
        outage["to"] = time.monotonic()
        database.start()
        back = time.monotonic()
        recovered = None
        while time.monotonic() - back < 60:
            if service.status("/q/health/ready") == 200:
                recovered = time.monotonic() - back
                break
            time.sleep(0.1)
        count_at_recovery = len(acknowledged)
        time.sleep(5)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

        stored = {row[0] for row in common.sql("disclosure_outage", "SELECT tracking_number FROM disclosure_application",
                                               DB_PORT)}
        lost = acknowledged - stored
        statuses = collections.Counter(status for status, _, _, _ in during)
        failures = [d for d in during if d[0] != 503 or d[2] != "urn:govdisclosure:problem:service-unavailable"
                    or not d[3]]
        slowest = max((took for status, took, _, _ in during if status == 503), default=0)
        after = len(acknowledged) - count_at_recovery
        passed = (not lost and not failures and not unexpected and slowest <= LIMIT and recovered is not None
                  and after > 0 and statuses[503] > 0)
        print("database outage under writes: %d clients, database away %.0f s: %d answers during it %s, all 503 "
              "service-unavailable with Retry-After: %s, slowest %.2f s (limit %.0f s); ready again %s after the "
              "database came back, without a restart, %d creates acknowledged since; %d acknowledged in all "
              "(%d before the outage), %d lost -> %s"
              % (CLIENTS, OUTAGE, len(during), dict(sorted(statuses.items())), "yes" if not failures else "NO",
                 slowest, LIMIT, "%.1f s" % recovered if recovered is not None else "NEVER", after,
                 len(acknowledged), before, len(lost), "PASS" if passed else "FAIL"))
        for failure in (failures + unexpected)[:5]:
            print("  unexpected: %s" % (failure,), file=sys.stderr)
        sys.exit(0 if passed else 1)
    finally:
        if service:
            service.kill()
        database.remove()


if __name__ == "__main__":
    main()
