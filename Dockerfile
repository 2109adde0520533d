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

# --- runtime -----------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system orderan \
    && useradd --system --gid orderan --home-dir /app --no-create-home orderan
WORKDIR /app
COPY --from=build /build/target/orderan-*.jar app.jar
USER orderan
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
