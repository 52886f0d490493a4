package org.newsstream.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a schema change would break readers: every schema in src/main/avro must read data
 * written with every released version (schema-history/) and with the version in the last git commit.
 */
class SchemaEvolutionTest {
    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path HISTORY = Path.of("src/test/resources/schema-history");

    @Test
    void everySchemaReadsEveryReleasedVersion() throws IOException {
        List<Path> released;
        try (Stream<Path> s = Files.walk(HISTORY)) {
            released = s.filter(p -> p.toString().endsWith(".avsc")).toList();
        }
        assertFalse(released.isEmpty(), "no released schemas found under " + HISTORY);
        for (Path old : released) {
            Path now = CURRENT.resolve(old.getFileName());
            assertTrue(Files.exists(now), "schema " + old.getFileName() + " was released and must not disappear");
            assertBackward(Files.readString(old), Files.readString(now), old.toString());
        }
    }

    @Test
    void everySchemaReadsTheLastCommittedVersion() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.list(CURRENT)) {
            for (Path now : s.filter(p -> p.toString().endsWith(".avsc")).toList()) {
                String committed = gitShow("HEAD:./" + now.toString().replace('\\', '/'));
                if (committed != null) {
                    try {
                        assertBackward(committed, Files.readString(now), "HEAD:" + now);
                    } catch (AssertionError e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckRejectsABreakingChange() {
        String v1 = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
        String breaking = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]}";
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertBackward(v1, breaking, "test"));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
    }

    @Test
    void everyFieldIsDocumented() throws IOException {
        try (Stream<Path> s = Files.list(CURRENT)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".avsc")).toList()) {
                Schema schema = parse(Files.readString(p));
                assertTrue(schema.getNamespace().startsWith("org.newsstream"), p + " namespace");
                assertDocumented(schema, p.toString());
            }
        }
    }

    private static void assertDocumented(Schema schema, String where) {
        if (schema.getType() != Schema.Type.RECORD) {
            return;
        }
        assertTrue(schema.getDoc() != null && !schema.getDoc().isBlank(), where + ": record " + schema.getName() + " has no doc");
        for (Schema.Field f : schema.getFields()) {
            assertTrue(f.doc() != null && !f.doc().isBlank(), where + ": field " + f.name() + " has no doc");
            Schema fs = f.schema();
            if (fs.getType() == Schema.Type.ARRAY) {
                assertDocumented(fs.getElementType(), where);
            }
        }
    }

    /** Records that other schemas (ArticleView) name instead of repeating; parsed first, as the Avro plugin does. */
    private static final List<String> SHARED = List.of("Quote", "Entity", "Geolocation");

    static Schema parse(String json) {
        try {
            String name = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("name").asText();
            Schema.Parser parser = new Schema.Parser();
            if (!SHARED.contains(name) && Files.isDirectory(CURRENT)) {
                for (String shared : SHARED) {
                    parser.parse(Files.readString(CURRENT.resolve(shared + ".avsc")));
                }
            }
            return parser.parse(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertBackward(String writerJson, String readerJson, String where) {
        Schema writer = parse(writerJson);
        Schema reader = parse(readerJson);
        SchemaCompatibility.SchemaPairCompatibility r = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (r.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new AssertionError(where + ": new schema cannot read data written with the old one: "
                    + r.getResult().getIncompatibilities().stream()
                    .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage()).toList());
        }
    }

    /** The file at a git revision, or null outside a git checkout or for a file not committed yet. */
    private static String gitShow(String spec) throws Exception {
        try {
            Process p = new ProcessBuilder("git", "show", spec).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // no git on this machine
        }
    }
}
