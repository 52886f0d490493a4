package org.newsstream.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    static IngestSummary summary() {
        IngestSummary s = new IngestSummary();
        s.input(500);
        s.countPublished();
        s.countDuplicate();
        s.rejected("bad.txt", "empty input");
        return s;
    }

    @Test
    void aTerminalGetsABarWithCountsRateAndEta() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        p.totalBytes(1000);
        p.update(summary(), true);
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r[###############...............] 1 articles  1 duplicates  1 rejected"), s);
        assertTrue(s.contains("ETA "), s);
        assertTrue(s.endsWith("\n"), s);
    }

    @Test
    void aPipeGetsPlainLinesAndTheSummaryListsEveryRejection() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false).update(summary(), true);
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("ingest progress: 1 articles") && !s.contains("\r"), s);
        String text = summary().toString();
        assertTrue(text.contains("published 1 article(s); skipped 1 duplicate(s); rejected 1"), text);
        assertTrue(text.contains("rejected bad.txt: empty input"), text);
    }
}
