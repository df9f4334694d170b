#!/usr/bin/env python3
"""What one 200-row ledger page read by a clerk (personal data shown, the read logged) costs: the packaged service
runs with the container's JVM flags (as scripts/resilience/read_load.py starts it) on a fresh database with the read
load's 200-row ledger; wrk reads the health endpoint (the machine's reference) and then the page, 64 connections,
after a warm-up. Prints requests per second and the CPU milliseconds per answer of the service process and of the
database server (utime + stime from /proc over the run, divided by the answers): on a shared machine the CPU per
page is the figure to compare, requests per second depend on what else runs.

Usage: python3 bench/ledger_page.py
Settings (environment): LEDGER_PAGE_DB (page_ledger_bench, dropped and recreated), LEDGER_PAGE_PORT (18150),
LEDGER_PAGE_SECONDS (15), LEDGER_PAGE_CONNECTIONS (64), LEDGER_PAGE_JFR (a file: record a JFR profile of the
measured run), LEDGER_PAGE_JAR (another build's quarkus-run.jar, to compare before and after a change),
LEDGER_PAGE_OUT (target/ledger-page).
"""
import os
import re
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "resilience"))
import common  # noqa: E402

os.environ.setdefault("RESILIENCE_PORT", os.environ.get("LEDGER_PAGE_PORT", "18150"))
import read_load  # noqa: E402

DB = os.environ.get("LEDGER_PAGE_DB", "page_ledger_bench")
PORT = int(os.environ["RESILIENCE_PORT"])
SECONDS = int(os.environ.get("LEDGER_PAGE_SECONDS", "15"))
CONNECTIONS = int(os.environ.get("LEDGER_PAGE_CONNECTIONS", "64"))
JFR = os.environ.get("LEDGER_PAGE_JFR")
OUT = os.path.join(common.ROOT, os.environ.get("LEDGER_PAGE_OUT", "target/ledger-page"))
if os.environ.get("LEDGER_PAGE_JAR"):
    common.JAR = os.path.abspath(os.environ["LEDGER_PAGE_JAR"])


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def database_pid():
    found = subprocess.run(["pidof", "mariadbd", "mysqld"], capture_output=True, text=True).stdout.split()
    return int(found[0]) if found else None


def run(lua, seconds, path, token=None):
    """wrk on one path; returns (answers, requests per second, answers other than 2xx/3xx)."""
    command = ["wrk", "-t2", "-c%d" % CONNECTIONS, "-d%ds" % seconds, "--timeout", "10s", "-s", lua]
    if token:
        command += ["-H", "Authorization: Bearer " + token]
    command += ["http://127.0.0.1:%d" % PORT, "--", path]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60).stdout
    answers = int(re.search(r"(\d+) requests in", output).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return answers, rps, int(non2xx.group(1)) if non2xx else 0


def measured(service, db_pid, lua, path, token):
    before = service.cpu_seconds(), cpu_seconds(db_pid) if db_pid else 0.0
    answers, rps, non2xx = run(lua, SECONDS, path, token)
    after = service.cpu_seconds(), cpu_seconds(db_pid) if db_pid else 0.0
    return (rps, non2xx, 1000 * (after[0] - before[0]) / max(answers, 1),
            1000 * (after[1] - before[1]) / max(answers, 1))


def main():
    common.require("java", "mysql", "openssl", "wrk", "pidof")
    common.build_if_missing()
    os.makedirs(OUT, exist_ok=True)
    keys = common.Keys(os.path.join(OUT, "keys"))
    common.fresh_database(DB)
    opts = common.container_java_opts()
    if JFR:
        opts.append("-XX:StartFlightRecording=filename=%s,settings=profile,method-profiling=max" % os.path.abspath(JFR))
    service = common.Service(keys, PORT, "jdbc:mysql://127.0.0.1:3306/" + DB, os.path.join(OUT, "service.log"),
                             java_opts=opts, env=common.container_env())
    service.start()
    db_pid = database_pid()
    try:
        agency, _, _ = read_load.setup(keys, service)
        clerk = keys.token("clerk", agency)
        page = "/api/v1/agencies/%s/applications?size=200" % agency
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(read_load.LUA)
        run(script.name, 5, "/q/health/live")
        health = measured(service, db_pid, script.name, "/q/health/live", None)
        run(script.name, 8, page, clerk)
        ledger = measured(service, db_pid, script.name, page, clerk)
        load = os.getloadavg()
    finally:
        service.kill(signal.SIGTERM if JFR else signal.SIGKILL)
    print("%-40s %10s %8s %14s %14s" % ("step (%d connections, %d s)" % (CONNECTIONS, SECONDS), "req/s", "non-2xx",
                                        "service ms/ans", "database ms/ans"))
    for name, (rps, non2xx, service_ms, db_ms) in (("health /q/health/live", health),
                                                  ("ledger page of 200 (clerk)", ledger)):
        print("%-40s %10.0f %8d %14.2f %14.2f" % (name, rps, non2xx, service_ms, db_ms))
    print("load average after the run: %.2f %.2f %.2f" % load)


if __name__ == "__main__":
    main()
