package org.newsstream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way in: every format from one folder, parsed on several threads, handed over in order. */
class ArticleSourcesTest {
    @Test
    void aFolderOfMixedInputsComesOutInNameOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 40; i++) {
            String name = String.format("%02d", i);
            switch (i % 4) {
                case 0 -> Files.writeString(dir.resolve(name + ".txt"), "Title " + name + "\n\nBody of article " + name + ", long enough to be text.");
                case 1 -> Files.writeString(dir.resolve(name + ".html"), "<html><head><title>Page " + name + "</title></head><body><article><p>"
                        + "Paragraph of page " + name + " with enough words in it to be the main text of the page.</p></article></body></html>");
                case 2 -> {
                    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".txt.gz")))) {
                        gz.write(("Gzipped " + name + "\n\nBody of gzipped article " + name + ".").getBytes());
                    }
                }
                default -> Files.writeString(dir.resolve(name + ".jsonl"), "{\"title\":\"Line " + name + "a\",\"body\":\"one\"}\n"
                        + "{\"title\":\"Line " + name + "b\",\"body\":\"two\"}\nnot json\n");
            }
        }
        Files.write(dir.resolve("99.txt"), new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28});
        List<String> sequential = read(dir, 1);
        List<String> parallel = read(dir, 4);
        assertEquals(sequential, parallel);
        assertEquals(30 + 10 * 3 + 1, parallel.size(), "30 single-article files, 10 JSON lines files of three records, one bad file");
        assertEquals("ok Title 00", parallel.get(0));
        assertEquals("error not valid UTF-8 text", parallel.get(parallel.size() - 1));
    }

    private static List<String> read(Path dir, int threads) throws Exception {
        List<String> seen = new ArrayList<>();
        new ArticleSources(ArticleParser.defaults(), List.of(), List.of(), threads).readPaths(List.of(dir.toString()), null,
                p -> seen.add(p.ok() ? "ok " + p.article().getTitle() : "error " + p.error()));
        return seen;
    }
}
