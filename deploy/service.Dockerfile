# One image per service from its Boot fat jar (build the jars first: ./mvnw -B -q -DskipTests package).
# docker-compose.yml passes SERVICE, e.g. --build-arg SERVICE=claims-service; the build context is the repo root,
# trimmed to the jars by .dockerignore.
FROM eclipse-temurin:17-jre

# curl for the compose healthcheck on /actuator/health
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app medmassage

ARG SERVICE
COPY ${SERVICE}/target/${SERVICE}.jar /app/app.jar
# Small footprint, the flags bin/medmassage and the system tests use (STACK-NOTES); JAVA_OPTS come after, so
# -e JAVA_OPTS=-Xmx512m overrides one of them
COPY deploy/service-jvm.options /app/jvm.options
ENV JAVA_OPTS=""

USER medmassage
WORKDIR /app
# exec: java is PID 1 and gets SIGTERM from docker stop (graceful shutdown)
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -jar /app/app.jar"]
