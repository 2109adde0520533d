#!/usr/bin/env bash
# Builds the JDK ahead-of-time cache for fast restarts (decision 0195).
#
#   ./mvnw -Pproduction -DskipTests package
#   SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/orderan SPRING_DATASOURCE_USERNAME=orderan \
#   SPRING_DATASOURCE_PASSWORD=secret deploy/aot/train.sh [jar] [destination]
#
# 1. extracts the jar into Spring Boot's layout (application.jar + lib/), which the cache needs: the JDK only
#    trusts a cache for the exact class path it was trained on, and classes inside a nested jar are not cached;
# 2. runs the application once with spring.context.exit=onRefresh: it starts the whole context (Liquibase,
#    Hibernate, Vaadin, Tomcat) and exits, and the JVM writes what it loaded and linked to app.aot.
# The training run needs a database like a real start (Liquibase and Hibernate's validation run); it may be the
# production database (an up-to-date schema is only read) or any empty MariaDB database (the schema is created).
#
# Start with:  java -XX:AOTCache=<destination>/app.aot -jar <destination>/orderan.jar
# Retrain after every build: a cache from another jar is ignored (the JVM says so and starts without it).
set -euo pipefail

jar=${1:-target/orderan-0.1.0-SNAPSHOT.jar}
dest=${2:-target/aot}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  echo "train.sh: set SPRING_DATASOURCE_URL (and _USERNAME/_PASSWORD): the training run starts Liquibase and Hibernate" >&2
  exit 2
fi

rm -rf "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest" --application-filename orderan.jar
# The training run: a fixed port of 0 so it never collides with a running node; no admin user is needed.
"$java" -XX:AOTCacheOutput="$dest/app.aot" \
  -Dspring.context.exit=onRefresh -Dserver.port=0 \
  -jar "$dest/orderan.jar"
echo "AOT cache: $dest/app.aot ($(du -h "$dest/app.aot" | cut -f1)); start with:"
echo "  java -XX:AOTCache=$dest/app.aot -jar $dest/orderan.jar"
