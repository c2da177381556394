# One ThreadLab node. Build the jar first: ./mvnw -B package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home-dir /app threadlab
COPY target/threadlab-*.jar app.jar
USER threadlab
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
