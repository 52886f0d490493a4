package org.newsstream.ingest;

import java.io.PrintStream;

/**
 * Progress of an ingest run: a bar on a terminal (articles, bytes, rate, ETA when the total is known), plain
 * log lines every ten seconds otherwise.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPrint;
    private long totalBytes = -1;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A bar on an interactive terminal; quiet lines when output goes to a file or a pipe. */
    public static Progress forConsole() {
        return new Progress(System.err, System.console() != null && System.getenv("NEWSSTREAM_NO_PROGRESS") == null);
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    public void totalBytes(long total) {
        this.totalBytes = total;
    }

    public synchronized void update(IngestSummary s, boolean last) {
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : 10_000_000_000L;
        if (!last && now - lastPrint < every) {
            return;
        }
        lastPrint = now;
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double rate = s.published() / secs;
        String eta = "";
        if (totalBytes > 0 && s.bytes() > 0 && s.bytes() < totalBytes) {
            long left = (long) ((totalBytes - s.bytes()) / (s.bytes() / secs));
            eta = String.format("  ETA %d:%02d", left / 60, left % 60);
        }
        String stats = String.format("%,d articles  %,d duplicates  %,d rejected  %.1f MB  %.0f/s%s",
                s.published(), s.duplicates(), s.rejections().size(), s.bytes() / 1e6, rate, eta);
        if (terminal) {
            String bar = "";
            if (totalBytes > 0) {
                int filled = (int) Math.min(30, 30 * s.bytes() / totalBytes);
                bar = "[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] ";
            }
            out.print("\r" + bar + stats + (last ? "\n" : ""));
        } else {
            out.println("ingest progress: " + stats);
        }
        out.flush();
    }
}
