# Summitry on Payara Micro. Build the WAR first:
#   mvn -DskipTests package     (makes target/summitry.war, target/payara-micro.jar, target/container-probe/)
#   docker build -t summitry .
# Any JRE 17+ image with a shell and useradd will do as the base: --build-arg BASE_IMAGE=...
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# A fixed, unprivileged uid so the volume's ownership is predictable across rebuilds.
RUN useradd --system --uid 10001 --gid 0 --home-dir /opt/summitry --no-create-home summitry \
 && mkdir -p /opt/summitry /data \
 && chown summitry:0 /data \
 && chmod 0770 /data
WORKDIR /opt/summitry
COPY target/payara-micro.jar target/summitry.war ./
COPY target/container-probe/ ./probe/
COPY config/ ./config/
COPY src/container/start-summitry.sh ./

# All state (H2 database, photos and their derivatives, search index) lives under /data.
# SUMMITRY_JAVA_OPTS: JVM options; the heap follows the container's memory limit.
ENV SUMMITRY_DATA_DIR=/data \
    SUMMITRY_PORT=8080 \
    SUMMITRY_JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
# 8080: HTTP. 6900: the data grid that shares web sessions, only with SUMMITRY_CLUSTER_MEMBERS or
# SUMMITRY_CLUSTER_DNS set (see start-summitry.sh); keep it between the instances, never public.
EXPOSE 8080 6900
USER 10001

# Ready means the database answers, /data is writable and the app is not stopping. The probe is plain Java because the
# base image need not have curl. Start-up takes 20-60 s, hence the start period.
HEALTHCHECK --start-period=120s --interval=30s --timeout=10s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-cp", "/opt/summitry/probe", "HealthProbe", "/health/ready"]

# Labels (OCI annotations) for registries and scanners; after the COPYs, so a new revision rebuilds no layer:
#   docker build --build-arg VERSION="$(sed -n 's/^build=//p' target/classes/summitry-build.properties)" \
#     --build-arg REVISION="$(git rev-parse HEAD)" --build-arg SOURCE=<the repository's URL> -t summitry .
# VERSION is then the build version the app itself reports (Maven version + content hash).
# LICENSES: an SPDX expression; NOASSERTION (SPDX for "not stated") until the project names its licence.
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=
ARG LICENSES=NOASSERTION
LABEL org.opencontainers.image.title="Summitry" \
      org.opencontainers.image.description="A public archive of diplomatic summits, the gifts exchanged at them and the press photographs that record them." \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="${LICENSES}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"

# start-summitry.sh turns the environment into Payara Micro's arguments (clustering off unless
# configured) and execs java, so java is PID 1 and `docker stop` (SIGTERM) reaches it: the app
# reports not ready, finishes the requests in flight (at most SUMMITRY_SHUTDOWN_GRACE seconds), then
# Payara Micro undeploys it and the database is closed. Keep the stop timeout above the grace.
STOPSIGNAL SIGTERM
CMD ["sh", "/opt/summitry/start-summitry.sh"]
