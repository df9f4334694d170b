# Container image of the disclosure service: a JVM build of the Quarkus fast-jar.
#
#   docker build -t disclosure-service:1.0.0 .
#   docker run --rm -p 8080:8080 -e DB_URL=jdbc:mysql://db:3306/disclosure -e DB_USERNAME=disclosure \
#     -e DB_PASSWORD=... disclosure-service:1.0.0
#
# The tests need a MySQL/MariaDB server, so they run in CI (./mvnw verify) before the image is built;
# this build only compiles and packages. Settings: README.md, "Configuration"; Kubernetes: k8s/.

# ---- build: JDK 17 and the Maven wrapper ------------------------------------------------------------
FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /build

# dependencies first, so that a change of the sources reuses this layer
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline

COPY src/main/ src/main/
RUN ./mvnw -B -ntp -Dmaven.test.skip=true package

# ---- run: JRE 17, non-root, read-only friendly -------------------------------------------------------
FROM eclipse-temurin:17-jre-jammy

# the Chinese font every PDF embeds (DISCLOSURE_PDF_FONT; AR PL UMing, Arphic Public License)
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-arphic-uming \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 disclosure \
    && useradd --system --uid 10001 --gid disclosure --home-dir /nonexistent --no-create-home \
       --shell /usr/sbin/nologin disclosure

WORKDIR /deployments
# the application files stay owned by root: the service reads them and cannot change them
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# Memory (docs/operations.md, "Memory"): the heap is 40 % of the container's memory limit; metaspace, code cache,
# direct buffers and thread stacks are capped so that the whole process stays below 85 % of the limit under load
# (scripts/resilience/read_load.py measures it with exactly these flags). The serial collector is what the JVM
# picks for a container this size anyway; naming it keeps the footprint the same on larger nodes. An
# out-of-memory error ends the JVM so that Kubernetes restarts it; /tmp is the only writable path.
# Class-data sharing (docs/operations.md, "Start-up"): the service's classes come parsed and verified from
# /deployments/app-cds.jsa, recorded below; a replaced JAVA_OPTS should name it too. Replace JAVA_OPTS to tune the
# JVM. MALLOC_ARENA_MAX: the C library keeps freed native memory per arena, up to
# eight arenas per core for the JVM's many threads; two bound what that holds (the read load's peak 86 % -> 82 %).
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-XX:SharedArchiveFile=/deployments/app-cds.jsa -XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=40 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=128m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"

# The archive of the classes a start loads, recorded by this image's own JVM with the flags and paths the pod runs
# (an archive made in the build stage would not do: the JDK there is another build than this JRE, and the paths
# differ). The service starts once, without a database, and stops. -XX:MaxRAM: a heap below 32 GB, as in any pod,
# so that the archive is made for the compressed object pointers the pod's JVM uses. A JVM that cannot use the
# archive (other flags of that kind, another JVM) starts without it, only slower. The JRE's own archive of the JDK's
# classes (for compressed pointers too), which the service's archive extends, is made first should the JRE lack it.
COPY src/main/docker/class-data-archive.sh /tmp/
RUN (java -XX:MaxRAM=768m -Xshare:on -version >/dev/null 2>&1 || java -XX:MaxRAM=768m -Xshare:dump >/dev/null) \
    && JAVA_OPTS="$JAVA_OPTS -XX:MaxRAM=768m" sh /tmp/class-data-archive.sh /deployments/quarkus-run.jar \
    && rm /tmp/class-data-archive.sh

USER 10001:10001
EXPOSE 8080

# exec: the JVM is PID 1 and receives SIGTERM itself, so the graceful shutdown runs
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
