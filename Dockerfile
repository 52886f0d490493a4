# newsstream image: the same CLI as ./newsstream (process, registry, ingest, tail, extract, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas schemas
COPY registry registry
COPY engine engine
COPY processor processor
COPY ingest ingest
COPY app app
RUN mvn -B -q -DskipTests -pl app -am package \
 && mvn -B -q -pl app dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib \
 && cp schemas/target/*.jar registry/target/*.jar engine/target/*.jar processor/target/*.jar ingest/target/*.jar app/target/lib/

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsstream
COPY --from=build /src/app/target/classes classes
COPY --from=build /src/app/target/lib lib
COPY app/src/main/resources/samples/articles /samples
ENV JAVA_TOOL_OPTIONS="-Dorg.apache.avro.SERIALIZABLE_PACKAGES=org.newsstream"
ENTRYPOINT ["java", "-cp", "/opt/newsstream/classes:/opt/newsstream/lib/*", "org.newsstream.app.Newsstream"]
CMD ["--help"]
