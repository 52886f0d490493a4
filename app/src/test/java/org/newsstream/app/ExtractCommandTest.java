package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract` prints one JSON line per article with the Avro records' field names, and needs no Kafka. */
class ExtractCommandTest {
    @Test
    void printsQuotesEntitiesAndGeolocationsAsJsonLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, DemoCommand.resource("/samples/articles/id-liputan6-kim-putin-vostochny.txt"));
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = Newsstream.run("extract", f.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        JsonNode line = new ObjectMapper().readTree(buffer.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertEquals(f.toString(), line.get("source").asText());
        assertEquals("id", line.get("article").get("language").asText());
        assertTrue(line.get("quotes").size() >= 6);
        JsonNode q = line.get("quotes").get(0);
        for (String field : new String[] {"text", "speaker", "speakerId", "cueVerb", "start", "end"}) {
            assertTrue(q.has(field), field);
        }
        assertEquals("Kim Jong Un", q.get("speaker").asText());
        JsonNode g = line.get("geolocations").get(0);
        for (String field : new String[] {"mention", "name", "countryCode", "latitude", "longitude", "confidence"}) {
            assertTrue(g.has(field), field);
        }
        assertTrue(line.get("entities").get(0).has("type"));
    }

    @Test
    void readsWhatIngestReadsGzipFoldersAndJsonLines(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        byte[] article = DemoCommand.resource("/samples/articles/id-liputan6-kim-putin-vostochny.txt");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(folder.resolve("a.txt.gz")))) {
            gz.write(article);
        }
        Files.writeString(folder.resolve("b.jsonl"), "{\"title\":\"One\",\"body\":\"Ana Ruiz said the port reopened.\"}\n"
                + "{\"title\":\"Two\",\"body\":\"The council met on Monday.\"}\n");
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = Newsstream.run("extract", folder.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        java.util.List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), "one gzipped article and two JSON lines");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertTrue(first.get("source").asText().endsWith("a.txt.gz"));
        assertEquals("Kim Jong Un", first.get("quotes").get(0).get("speaker").asText());
        assertTrue(new ObjectMapper().readTree(lines.get(2)).get("source").asText().endsWith("b.jsonl:2"));
    }

    @Test
    void everySampleInTheIndexExists() throws Exception {
        for (String name : DemoCommand.sampleNames()) {
            assertTrue(DemoCommand.resource("/samples/articles/" + name).length > 100, name);
        }
    }
}
