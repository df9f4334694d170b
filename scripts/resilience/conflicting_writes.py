#!/usr/bin/env python3
"""Conflicting writes: 30 clients correct the same application at the same moment, each with its own subject and
the same If-Match (the ETag all of them read). Exactly one may win (200); every other one must be told 412, and
the stored subject must be the winner's. Then 30 concurrent POSTs of the same conclusion without If-Match: one
201, the others 200 (a repeat), none 412.

Usage: python3 scripts/resilience/conflicting_writes.py
Settings (environment): RESILIENCE_DB (disclosure_resilience; dropped and recreated), RESILIENCE_PORT (18090),
RESILIENCE_WRITERS (30), RESILIENCE_OUT (target/resilience). Prints one summary line; exits 1 on a failure.
"""
import collections
import json
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(__file__))
import common  # noqa: E402

DB = os.environ.get("RESILIENCE_DB", "disclosure_resilience")
PORT = int(os.environ.get("RESILIENCE_PORT", "18090"))
WRITERS = int(os.environ.get("RESILIENCE_WRITERS", "30"))
OUT = os.path.join(common.ROOT, os.environ.get("RESILIENCE_OUT", "target/resilience"))


def at_once(calls):
    """Runs the calls on their own threads, released together; returns their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(i):
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def main():
    common.require("java", "mysql", "openssl")
    common.build_if_missing()
    os.makedirs(OUT, exist_ok=True)
    keys = common.Keys(os.path.join(OUT, "keys"))
    common.fresh_database(DB)
    log = os.path.join(OUT, "conflicting-writes.log")
    open(log, "w").close()
    service = common.Service(keys, PORT, "jdbc:mysql://127.0.0.1:3306/" + DB, log)
    service.start()
    try:
        agency = "CONFLICT-%d" % os.getpid()
        admin = common.Client(PORT, keys.token("admin"))
        admin.call("POST", "/api/v1/agencies", {"code": agency, "name": "演练区人民政府", "kind": "GOVERNMENT"})
        clerk = keys.token("clerk", agency)
        path = "/api/v1/agencies/%s/applications/C-1" % agency
        status, _, _ = common.Client(PORT, clerk).call("POST", "/api/v1/agencies/%s/applications" % agency,
                                                       common.application("C-1"))
        status, headers, _ = common.Client(PORT, clerk).call("GET", path)
        etag = headers.get("ETag")
        if status != 200 or not etag:
            common.die("could not read the application (%d)" % status)

        def correct(i):
            body = common.application("C-1")
            del body["trackingNumber"]
            body["subject"] = "更正后的申请内容 %02d" % i
            return lambda: common.Client(PORT, clerk).call("PUT", path, body, {"If-Match": etag})[0]

        statuses = at_once([correct(i) for i in range(WRITERS)])
        winners = [i for i, status in enumerate(statuses) if status == 200]
        stored = json.loads(common.Client(PORT, clerk).call("GET", path)[2])["subject"]
        counted = collections.Counter(statuses)
        puts_ok = (len(winners) == 1 and counted[412] == WRITERS - 1
                   and stored == "更正后的申请内容 %02d" % winners[0])

        event = {"type": "CONCLUDED", "date": "2021-03-20", "outcome": "GRANTED"}
        conclusions = at_once([lambda: common.Client(PORT, clerk).call("POST", path + "/events", event)[0]
                               for _ in range(WRITERS)])
        concluded = collections.Counter(conclusions)
        events_ok = concluded[201] == 1 and concluded[200] == WRITERS - 1
        passed = puts_ok and events_ok
        print("conflicting writes: %d concurrent PUTs with one If-Match -> %s; stored subject is the winner's: %s; "
              "%d concurrent identical events without If-Match -> %s -> %s"
              % (WRITERS, dict(sorted(counted.items())), "yes" if puts_ok else "NO", WRITERS,
                 dict(sorted(concluded.items())), "PASS" if passed else "FAIL"))
        sys.exit(0 if passed else 1)
    finally:
        service.kill()


if __name__ == "__main__":
    main()
