#!/usr/bin/env python3
"""Write throughput and start-up of the packaged service, against what the machine can do.

1. Start-up: the service (prod profile, the container's JVM flags: the Dockerfile's JAVA_OPTS and -XX:MaxRAM set
   to k8s/deployment.yaml's memory limit) migrates an empty database once, then is started again against the
   migrated database BENCH_STARTS times; prints the median and worst time from the start of the JVM to readiness
   (/q/health/ready answers 200). Target: <= 3 s.
2. Creates: wrk sends POST /api/v1/agencies/{code}/applications with 8 connections (8 concurrent clients) for
   BENCH_SECONDS, every request a new application (half of them concluded, so with a timeline event), as a
   clerk. Every acknowledged create (201) must then be in the database. Target: >= 1000 creates/s.
3. For reference, the same rows written by 8 mysql clients directly, one transaction per application (the
   application, its event and its audit entry, then COMMIT): what the database does with 8 committing clients.

Usage: python3 bench/write_throughput.py
Needs: wrk (Debian package), JDK 17, the mysql client, openssl.
Settings (environment): BENCH_DB (disclosure_writes; dropped and recreated), BENCH_PORT (18091),
BENCH_SECONDS (20), BENCH_WARMUP (60: seconds of creates before the measured ones, so that the JIT compiler has
compiled the create path; its rows are counted separately), BENCH_STARTS (5), BENCH_OUT (target/bench-writes).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts", "resilience"))
import common  # noqa: E402

DB = os.environ.get("BENCH_DB", "disclosure_writes")
PORT = int(os.environ.get("BENCH_PORT", "18091"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "60"))
STARTS = int(os.environ.get("BENCH_STARTS", "5"))
OUT = os.path.join(common.ROOT, os.environ.get("BENCH_OUT", "target/bench-writes"))
CLIENTS = 8

LUA = """
-- every request records a new application: tracking numbers W-<thread>-<n>; half of them concluded
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end
function init(args)
  agency = args[1]
  prefix = args[2] or "W"
  n = 0
  created = 0
  other = 0
end
function request()
  n = n + 1
  local conclusion = ""
  if n % 2 == 0 then conclusion = ',"outcome":"GRANTED","concludedDate":"2021-03-20"' end
  local body = string.format('{"trackingNumber":"%s-%d-%d","receivedDate":"2021-03-02","channel":"ONLINE",'
    .. '"applicantType":"NATURAL_PERSON","applicant":{"name":"王某","idNumber":"350504199001011234",'
    .. '"phone":"13800000000"},"subject":"某项目环评批复"%s}', prefix, id, n, conclusion)
  return wrk.format("POST", "/api/v1/agencies/" .. agency .. "/applications", nil, body)
end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other") end
  io.write(string.format("CREATED %d OTHER %d\\n", c, o))
end
"""


def raw_baseline(agency_id, per_client):
    """8 mysql clients, each committing per_client transactions (application, event, audit entry); creates/s."""
    files = []
    for client in range(CLIENTS):
        lines = ["SET autocommit = 0;"]
        for n in range(per_client):
            tracking = "RAW-%d-%d" % (client, n)
            lines.append(
                "INSERT INTO disclosure_application (agency_id, tracking_number, received_date, channel, applicant_type, "
                "applicant_name, applicant_id_number, applicant_phone, subject, outcome, concluded_date, version, "
                "created_at, updated_at, deadline_status, due_date, working_days_used, working_days_allowed, "
                "concluded_on_time) VALUES (%d, '%s', '2021-03-02', 'ONLINE', 'NATURAL_PERSON', '王某', "
                "'k:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'k:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', "
                "'某项目环评批复', 'GRANTED', '2021-03-20', 0, NOW(), NOW(), 'CONCLUDED', '2021-03-30', 13, 20, 1);"
                % (agency_id, tracking))
            lines.append("INSERT INTO application_event (application_id, event_type, event_date, outcome, recorded_at) "
                         "VALUES (LAST_INSERT_ID(), 'CONCLUDED', '2021-03-20', 'GRANTED', NOW());")
            lines.append("INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, agency_id, "
                         "changes) VALUES (NOW(), 'raw', 'CREATE', 'APPLICATION', '%s', %d, '[]');" % (tracking, agency_id))
            lines.append("COMMIT;")
        handle = tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False, encoding="utf-8")
        handle.write("\n".join(lines))
        handle.close()
        files.append(handle.name)
    started = time.monotonic()
    processes = [subprocess.Popen("mysql --protocol=TCP -h 127.0.0.1 -uroot --default-character-set=utf8mb4 %s < %s"
                                  % (DB, name), shell=True) for name in files]
    for process in processes:
        process.wait()
    took = time.monotonic() - started
    for name in files:
        os.unlink(name)
    return CLIENTS * per_client / took


def main():
    common.require("java", "mysql", "openssl", "wrk")
    common.build_if_missing()
    os.makedirs(OUT, exist_ok=True)
    keys = common.Keys(os.path.join(OUT, "keys"))
    common.fresh_database(DB)
    log = os.path.join(OUT, "service.log")
    open(log, "w").close()
    opts = common.container_java_opts()
    service = common.Service(keys, PORT, "jdbc:mysql://127.0.0.1:3306/" + DB, log, java_opts=opts,
                             env=common.container_env())
    migrated = service.start()
    service.kill(common.signal.SIGTERM)
    times, cpus = [], []
    for _ in range(STARTS):
        times.append(service.start())
        cpus.append(service.cpu_seconds())
        service.kill(common.signal.SIGTERM)
    load = open("/proc/loadavg").read().split()[:3]
    print("JVM flags: %s" % " ".join(opts))
    print("start to ready, migrated database: median %.2f s, worst %.2f s of %d starts (first start with the "
          "migration of an empty database: %.2f s); target <= 3 s -> %s; CPU time the JVM used until ready: "
          "median %.1f s (what the start costs whatever the machine's load; on an idle machine the wall time "
          "is at least about half of it, with two cores)"
          % (statistics.median(times), max(times), STARTS, migrated,
             "MET" if statistics.median(times) <= 3 else "NOT MET", statistics.median(cpus)))

    service.start()
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], service.rss_mib())
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    try:
        agency = "WRITES-%d" % os.getpid()
        common.Client(PORT, keys.token("admin")).call(
            "POST", "/api/v1/agencies", {"code": agency, "name": "写入测试区人民政府", "kind": "GOVERNMENT"})
        token = keys.token("clerk", agency)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA)
        # the warm-up (the JIT compiler's work on the create path), whose rows are counted separately
        subprocess.run(["wrk", "-t2", "-c%d" % CLIENTS, "-d%ds" % WARMUP, "-s", script.name, "-H",
                        "Authorization: Bearer " + token, "-H", "Content-Type: application/json",
                        "http://127.0.0.1:%d" % PORT, "--", agency, "WARM"],
                       capture_output=True, text=True, timeout=WARMUP + 120)
        before = int(common.sql(DB, "SELECT COUNT(*) FROM disclosure_application")[0][0])
        cpu_before = service.cpu_seconds()
        threads_before = service.cpu_seconds_by_thread_kind()
        database_before = common.mariadb_cpu_seconds()
        output = subprocess.run(["wrk", "-t2", "-c%d" % CLIENTS, "-d%ds" % SECONDS, "--timeout", "10s", "-s",
                                 script.name, "-H", "Authorization: Bearer " + token, "-H",
                                 "Content-Type: application/json", "http://127.0.0.1:%d" % PORT, "--", agency],
                                capture_output=True, text=True, timeout=SECONDS + 120).stdout
        cpu = service.cpu_seconds() - cpu_before
        threads_after = service.cpu_seconds_by_thread_kind()
        database_after = common.mariadb_cpu_seconds()
        database_cpu = None if database_before is None or database_after is None else database_after - database_before
        jit = threads_after["jit"] - threads_before["jit"]
        gc = threads_after["gc"] - threads_before["gc"]
    finally:
        done.set()
        service.kill(common.signal.SIGTERM)
    created, other = (int(x) for x in re.search(r"CREATED (\d+) OTHER (\d+)", output).groups())
    latency = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", output)
    stored = int(common.sql(DB, "SELECT COUNT(*) FROM disclosure_application")[0][0]) - before
    rate = created / SECONDS
    agency_id = int(common.sql(DB, "SELECT id FROM agency WHERE code = '%s'" % agency)[0][0])
    raw = raw_baseline(agency_id, 400)
    print("creates with %d clients for %d s: %d acknowledged (%.0f/s), %d other answers, %d stored (every "
          "acknowledged create durable: %s); latency avg %s, max %s; peak RSS %.0f MiB; load average before %s"
          % (CLIENTS, SECONDS, created, rate, other, stored, "yes" if stored >= created else "NO",
             latency.group(1) if latency else "?", latency.group(3) if latency else "?", peak[0], " ".join(load)))
    answers = max(1, created + other)
    print("the service's own CPU time after a %d s warm-up: %.2f ms per create (%.1f s for %d creates and %d other "
          "answers; of it JIT compilation %.2f ms, garbage collection %.2f ms); two idle cores would then allow at most "
          "about %.0f creates/s before the database's share"
          % (WARMUP, 1000 * cpu / answers, cpu, created, other, 1000 * jit / answers, 1000 * gc / answers,
             2 * (created + other) / cpu if cpu else 0))
    if database_cpu is not None:
        print("MariaDB's CPU time meanwhile: %.2f ms per create" % (1000 * database_cpu / answers))
    print("for reference, the same rows by %d mysql clients, one transaction each: %.0f/s; service / raw = %.2f"
          % (CLIENTS, raw, rate / raw))
    print("target: >= 1000 creates/s with 8 clients -> %s" % ("MET" if rate >= 1000 else "NOT MET"))
    sys.exit(0 if stored >= created and other == 0 else 1)


if __name__ == "__main__":
    main()
