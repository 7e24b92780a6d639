# Builds the production jar (Vaadin production mode, no local Keycloak) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -DskipLocalKeycloak dependency:go-offline || true
COPY src src
COPY frontend frontend
COPY content content
RUN ./mvnw -B -DskipLocalKeycloak -DskipTests package

FROM eclipse-temurin:25-jre
# DejaVu fonts: certificate PDFs embed them for accented Latin, Cyrillic and Arabic names
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home /app palermo && mkdir -p /var/lib/palermo && chown palermo /var/lib/palermo
WORKDIR /app
COPY --from=build /src/target/palermo-academy.jar /app/palermo-academy.jar
COPY --from=build /src/content /app/content
USER palermo
ENV PALERMO_DATA_DIR=/var/lib/palermo \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/palermo-academy.jar"]
