# syntax=docker/dockerfile:1

# --- build -------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Dependencies first, so that this layer is reused while only the sources change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && (./mvnw -B dependency:go-offline || true)

COPY src src
COPY frontend frontend
RUN ./mvnw -B -Pproduction -DskipTests package

# --- ahead-of-time cache (decision 0195) --------------------------------------------------------
# The JDK's AOT cache (JEP 483/514/515) holds the classes a start loads and links, trained by one start of the
# context. It is only valid for the same JVM and the same class path, so it is trained on the runtime's own base
# image, on the extracted layout that the runtime stage copies as is. The training start runs Liquibase and
# Hibernate's validation, so this stage has a throwaway MariaDB of its own; nothing of it reaches the image.
FROM eclipse-temurin:25-jre AS train
RUN apt-get update \
    && apt-get install -y --no-install-recommends mariadb-server \
    && rm -rf /var/lib/apt/lists/*
COPY deploy/aot/train.sh /usr/local/bin/orderan-train
COPY --from=build /build/target/orderan-*.jar /tmp/app.jar
RUN chmod +x /usr/local/bin/orderan-train \
    && service mariadb start \
    && mariadb -uroot -e "CREATE DATABASE orderan; CREATE USER 'train'@'localhost' IDENTIFIED BY 'train'; GRANT ALL ON orderan.* TO 'train'@'localhost'" \
    && SPRING_DATASOURCE_URL=jdbc:mariadb://localhost:3306/orderan SPRING_DATASOURCE_USERNAME=train \
       SPRING_DATASOURCE_PASSWORD=train orderan-train /tmp/app.jar /app \
    && service mariadb stop

# --- runtime -----------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system orderan \
    && useradd --system --gid orderan --home-dir /app --no-create-home orderan
WORKDIR /app
# orderan.jar + lib/ + app.aot exactly as trained (same paths, sizes and times, or the JVM ignores the cache)
COPY --from=train /app /app
USER orderan
EXPOSE 8080
# A stale or foreign cache is not an error: the JVM says so once and starts without it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/app.aot", "-jar", "/app/orderan.jar"]
