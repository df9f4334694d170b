"""What the resilience scripts share: the packaged service started in the prod profile, bearer tokens, HTTP
calls on keep-alive connections, SQL through the mysql client, and a private MariaDB for drills that stop
their database. Loopback only; every wait is bounded.

Needs: JDK 17 (java), the mysql client, openssl, and for the outage drill mariadbd and mariadb-install-db.
The jar is built with ./mvnw when target/quarkus-app/quarkus-run.jar is missing.
"""
import base64
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
ISSUER = "https://resilience.disclosure.local"


def die(message):
    print("error: " + message, file=sys.stderr)
    sys.exit(2)


def require(*tools):
    for tool in tools:
        if shutil.which(tool) is None:
            die("'%s' is required" % tool)


def build_if_missing():
    if not os.path.exists(JAR):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)


ARCHIVE_OPTION = "-XX:SharedArchiveFile="


def container_java_opts():
    """The image's JAVA_OPTS (Dockerfile) and -XX:MaxRAM set to the manifest's memory limit, as the pod runs; the
    image's class-data sharing archive is replaced by one of JAR, recorded the same way (class_data_archive)."""
    with open(os.path.join(ROOT, "Dockerfile"), encoding="utf-8") as dockerfile:
        text = dockerfile.read()
    start = text.index('JAVA_OPTS="') + len('JAVA_OPTS="')
    opts = text[start:text.index('"', start)].split() + ["-XX:MaxRAM=%dm" % memory_limit_mib()]
    archive = class_data_archive(opts) if any(opt.startswith(ARCHIVE_OPTION) for opt in opts) else None
    return [ARCHIVE_OPTION + archive if opt.startswith(ARCHIVE_OPTION) else opt for opt in opts
            if archive or not opt.startswith(ARCHIVE_OPTION)]


def class_data_archive(opts):
    """The class-data sharing archive of JAR (app-cds.jsa beside it), recorded with these JVM flags by the image's
    script (src/main/docker/class-data-archive.sh) when it is missing or older than a file of the packaged service;
    None, with a note, when it cannot be recorded (a build from before the image had one cannot stop by itself)."""
    app = os.path.dirname(JAR)
    archive = os.path.join(app, "app-cds.jsa")
    if not stops_after_start(app):
        print("note: %s cannot stop by itself after its start: started without a class-data sharing archive" % JAR,
              file=sys.stderr)
        return None
    packaged = max(os.path.getmtime(os.path.join(directory, name)) for directory, _, names in os.walk(app)
                   for name in names if name != "app-cds.jsa")
    if not os.path.exists(archive) or os.path.getmtime(archive) < packaged:
        env = dict(os.environ)
        env.update(container_env())
        env["JAVA_OPTS"] = " ".join(ARCHIVE_OPTION + archive if opt.startswith(ARCHIVE_OPTION) else opt for opt in opts)
        recorded = subprocess.run(["sh", os.path.join(ROOT, "src", "main", "docker", "class-data-archive.sh"), JAR],
                                  env=env, capture_output=True, text=True)
        if recorded.returncode != 0:
            print("note: no class-data sharing archive for %s: %s" % (JAR, recorded.stderr.strip().splitlines()[-1:]),
                  file=sys.stderr)
            return None
    return archive


def stops_after_start(app):
    """Whether the packaged service in this directory knows the property disclosure.start-and-exit (False: none)."""
    if not os.path.isdir(os.path.join(app, "app")):
        return False
    for name in os.listdir(os.path.join(app, "app")):
        with zipfile.ZipFile(os.path.join(app, "app", name)) as jar:
            main = "cn/govdisclosure/platform/DisclosureMain.class"
            if main in jar.namelist() and b"disclosure.start-and-exit" in jar.read(main):
                return True
    return False


def container_env():
    """The environment the image sets for the JVM besides JAVA_OPTS (Dockerfile): MALLOC_ARENA_MAX."""
    with open(os.path.join(ROOT, "Dockerfile"), encoding="utf-8") as dockerfile:
        found = re.search(r"MALLOC_ARENA_MAX=(\d+)", dockerfile.read())
    return {"MALLOC_ARENA_MAX": found.group(1)} if found else {}


def memory_limit_mib():
    """The container's memory limit in k8s/deployment.yaml, in MiB."""
    with open(os.path.join(ROOT, "k8s", "deployment.yaml"), encoding="utf-8") as manifest:
        lines = manifest.read().splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "limits:":
            for following in lines[i + 1:i + 4]:
                key, _, value = following.strip().partition(":")
                if key == "memory":
                    value = value.strip().strip('"')
                    if value.endswith("Gi"):
                        return int(float(value[:-2]) * 1024)
                    if value.endswith("Mi"):
                        return int(value[:-2])
    die("no memory limit in k8s/deployment.yaml")


class Keys:
    """A token-signing key pair and a personal-data key of this run (the prod profile refuses the dev ones)."""

    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        self.private = os.path.join(directory, "jwt-private.pem")
        self.public = os.path.join(directory, "jwt-public.pem")
        if not os.path.exists(self.private):
            subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                            "-out", self.private], check=True, capture_output=True)
            subprocess.run(["openssl", "pkey", "-in", self.private, "-pubout", "-out", self.public], check=True)
        key = os.path.join(directory, "encryption.key")
        if not os.path.exists(key):
            with open(key, "w") as handle:
                handle.write(base64.b64encode(os.urandom(32)).decode())
        with open(key) as handle:
            self.encryption = handle.read().strip()

    def token(self, role, *agencies, minutes=50):
        """A bearer token; within the service's default JWT_MAX_LIFETIME (one hour), which every run stays under."""
        def b64(data):
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
        now = int(time.time())
        claims = {"iss": ISSUER, "sub": "resilience-" + role, "upn": "resilience-" + role, "groups": [role],
                  "agencies": list(agencies), "iat": now, "exp": now + minutes * 60}
        unsigned = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
        signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.private, "-binary"],
                                   input=unsigned.encode(), capture_output=True, check=True).stdout
        return unsigned + "." + b64(signature)


def mariadb_cpu_seconds():
    """User and system CPU time of the local mariadbd so far, in seconds; None when it is not found."""
    try:
        pid = subprocess.run(["pidof", "mariadbd"], capture_output=True, text=True).stdout.split()[0]
        with open("/proc/%s/stat" % pid) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (IndexError, OSError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Service:
    """The packaged service, prod profile, on a loopback port, with its log in a file."""

    def __init__(self, keys, port, db_url, log_path, java_opts=(), env=None):
        self.keys, self.port, self.db_url, self.log_path = keys, port, db_url, log_path
        self.java_opts, self.extra_env = list(java_opts), dict(env or {})
        self.process = None

    def start(self, timeout=240):
        """Starts the service and waits for readiness; returns the seconds from start to ready."""
        env = dict(os.environ)
        env.update({"DB_URL": self.db_url, "DB_USERNAME": "root", "DB_PASSWORD": "", "DB_VERSION_CHECK": "false",
                    "PORT": str(self.port), "JWT_ISSUER": ISSUER, "JWT_PUBLIC_KEY_LOCATION": self.keys.public,
                    "DISCLOSURE_ENCRYPTION_KEYS": "run:" + self.keys.encryption,
                    "DISCLOSURE_ENCRYPTION_ACTIVE_KEY": "run", "LOG_JSON": "false"})
        env.update(self.extra_env)
        log = open(self.log_path, "a", encoding="utf-8")
        started = time.monotonic()
        self.process = subprocess.Popen(["java"] + self.java_opts + ["-jar", JAR], cwd=ROOT, env=env,
                                        stdout=log, stderr=subprocess.STDOUT)
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                die("the service exited during start-up; see " + self.log_path)
            if self.status("/q/health/ready") == 200:
                return time.monotonic() - started
            time.sleep(0.05)
        die("the service was not ready after %d s; see %s" % (timeout, self.log_path))

    def status(self, path):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            connection.request("GET", path)
            code = connection.getresponse().status
            connection.close()
            return code
        except OSError:
            return 0

    def kill(self, sig=signal.SIGKILL):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def cpu_seconds_by_thread_kind(self):
        """CPU seconds the JVM's threads have used so far, summed by kind: jit (compiler threads), gc, app (the rest)."""
        kinds = {"jit": 0.0, "gc": 0.0, "app": 0.0}
        if not self.process:
            return kinds
        tasks = "/proc/%d/task" % self.process.pid
        for task in os.listdir(tasks):
            try:
                with open(os.path.join(tasks, task, "stat")) as stat:
                    text = stat.read()
            except OSError:
                continue
            name = text[text.index("(") + 1:text.rindex(")")]
            fields = text.rsplit(")", 1)[1].split()
            kind = "jit" if "Compiler" in name else "gc" if ("GC" in name or name == "VM Thread") else "app"
            kinds[kind] += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return kinds

    def cpu_seconds(self):
        """User and system CPU time the JVM has used so far, in seconds."""
        if not self.process:
            return 0.0
        with open("/proc/%d/stat" % self.process.pid) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self):
        """The resident set of the JVM now, in MiB (0 when it is not running)."""
        if not self.process:
            return 0
        try:
            with open("/proc/%d/status" % self.process.pid) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0


class Client:
    """One keep-alive HTTP connection to the service; reconnects after a failure."""

    def __init__(self, port, token=None, timeout=30):
        self.port, self.token, self.timeout = port, token, timeout
        self.connection = None

    def call(self, method, path, body=None, headers=None):
        """Returns (status, headers, body bytes); status 0 when the connection failed."""
        all_headers = {"Accept": "application/json"}
        if self.token:
            all_headers["Authorization"] = "Bearer " + self.token
        if body is not None:
            all_headers["Content-Type"] = "application/json"
            body = json.dumps(body).encode()
        all_headers.update(headers or {})
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            self.connection.request(method, path, body=body, headers=all_headers)
            response = self.connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            return 0, {}, b""

    def close(self):
        if self.connection:
            self.connection.close()
        self.connection = None


def sql(database, statement, port=3306):
    """Runs SQL with the mysql client as root on 127.0.0.1; returns the rows as lists of strings."""
    result = subprocess.run(["mysql", "--protocol=TCP", "-h", "127.0.0.1", "-P", str(port), "-uroot", "-N", "-B",
                             "--default-character-set=utf8mb4"] + ([database] if database else []),
                            input=statement, capture_output=True, text=True)
    if result.returncode != 0:
        die("SQL failed: " + result.stderr.strip())
    return [line.split("\t") for line in result.stdout.splitlines()]


def fresh_database(name, port=3306):
    if name in ("test", "mysql", "information_schema", "performance_schema", "sys"):
        die("refusing to drop the database '%s'" % name)
    sql(None, "DROP DATABASE IF EXISTS `%s`; CREATE DATABASE `%s` CHARACTER SET utf8mb4 "
              "COLLATE utf8mb4_unicode_ci" % (name, name), port)


def application(tracking_number, concluded=False):
    body = {"trackingNumber": tracking_number, "receivedDate": "2021-03-02", "channel": "ONLINE",
            "applicantType": "NATURAL_PERSON",
            "applicant": {"name": "王某", "idNumber": "350504199001011234", "phone": "13800000000"},
            "subject": "某项目环评批复"}
    if concluded:
        body.update({"outcome": "GRANTED", "concludedDate": "2021-03-20"})
    return body


class PrivateMariaDB:
    """A MariaDB of its own (datadir under /tmp, its own port) that a drill may stop; never the shared one."""

    def __init__(self, port):
        if port == 3306:
            die("the private database must not use port 3306")
        require("mariadbd", "mariadb-install-db")
        self.port = port
        self.work = tempfile.mkdtemp(prefix="disclosure-resilience-db.")
        self.process = None
        subprocess.run(["mariadb-install-db", "--no-defaults", "--datadir=" + self.work + "/data", "--user=root",
                        "--auth-root-authentication-method=normal", "--skip-test-db"],
                       check=True, capture_output=True)

    def start(self):
        self.process = subprocess.Popen(
            ["mariadbd", "--no-defaults", "--datadir=" + self.work + "/data", "--port=%d" % self.port,
             "--bind-address=127.0.0.1", "--socket=" + self.work + "/mysqld.sock",
             "--pid-file=" + self.work + "/mysqld.pid", "--user=root", "--skip-log-bin",
             "--innodb-buffer-pool-size=64M", "--log-error=" + self.work + "/mysqld.err"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if subprocess.run(["mysql", "--protocol=TCP", "-h", "127.0.0.1", "-P", str(self.port), "-uroot", "-e",
                               "SELECT 1"], capture_output=True).returncode == 0:
                return
            time.sleep(0.25)
        die("the private MariaDB did not start; see %s/mysqld.err" % self.work)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)
        self.process = None

    def remove(self):
        self.stop()
        shutil.rmtree(self.work, ignore_errors=True)
