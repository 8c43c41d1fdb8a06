# Build first with: mvn -DskipTests package   (makes target/summitry.war and target/payara-micro.jar)
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

RUN useradd --system --uid 10001 --home-dir /opt/summitry summitry \
 && mkdir -p /opt/summitry /data \
 && chown summitry /data
WORKDIR /opt/summitry
COPY target/payara-micro.jar target/summitry.war ./
COPY config/ ./config/

ENV SUMMITRY_DATA_DIR=/data \
    SUMMITRY_PORT=8080
VOLUME /data
EXPOSE 8080
USER summitry
CMD ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -Djava.awt.headless=true -jar payara-micro.jar --deploy summitry.war --contextroot / --port ${SUMMITRY_PORT} --nocluster --postbootcommandfile config/post-boot.asadmin"]
