package org.newsstream.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.Extraction;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.ingest.ArticleSources;
import org.newsstream.schemas.AvroJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Run the extraction engine on article files, without Kafka; one JSON line per article.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files or folders, read as ingest reads them (text, HTML, JSON, JSON lines, WARC, .gz); - is standard input.")
    List<String> paths;

    @picocli.CommandLine.Option(names = "--timings", description = "Print each article's extraction time (ms) to standard error.")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        ExtractionEngine engine = ExtractionEngine.create(common.config().engineConfig());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int[] failures = {0};
        ArticleSources.Sink sink = p -> {
            if (!p.ok()) {
                System.err.println("error: " + p.origin() + ": " + p.error());
                failures[0]++;
                return;
            }
            long t0 = System.nanoTime();
            try {
                out.println(toJson(p.origin(), p.article(), engine.extract(input(p.article()))));
                if (timings) {
                    System.err.printf("timing: %s %d chars %.1f ms%n", p.origin(), p.article().getBody().length(), (System.nanoTime() - t0) / 1e6);
                }
            } catch (RuntimeException e) {
                // One article the engine cannot handle must not cost the others (as in the pipeline).
                System.err.println("error: " + p.origin() + ": extraction failed: " + e);
                failures[0]++;
            }
        };
        ArticleSources.defaults().readPaths(paths, System.in, sink);
        out.flush();
        return failures[0] == 0 ? 0 : 1;
    }

    static ArticleInput input(RawArticle a) {
        return new ArticleInput(a.getId(), a.getTitle(), a.getBody(), a.getLanguage(), a.getPublishedAt());
    }

    /** The JSON line: the same field names as the Avro records on the topics. */
    static ObjectNode toJson(String source, RawArticle article, Extraction x) {
        ObjectNode o = AvroJson.MAPPER.createObjectNode().put("source", source);
        o.set("article", AvroJson.toJson(article));
        ((ObjectNode) o.get("article")).put("language", x.language());
        o.set("quotes", array(x.quotes()));
        o.set("entities", array(x.entities()));
        o.set("geolocations", array(x.geolocations()));
        return o;
    }

    private static ArrayNode array(List<? extends GenericRecord> records) {
        ArrayNode a = AvroJson.MAPPER.createArrayNode();
        records.forEach(r -> a.add(AvroJson.toJson(r)));
        return a;
    }
}
