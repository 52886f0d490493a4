package org.newsstream.ingest;

import java.util.ArrayList;
import java.util.List;

/** What an ingest run did: inputs read, articles published, and every rejection with its reason. */
public final class IngestSummary {
    private int inputsRead;
    private int published;
    private int duplicates;
    private long bytes;
    private final List<String> rejections = new ArrayList<>();

    synchronized void input(long size) {
        inputsRead++;
        bytes += size;
    }

    synchronized void countPublished() {
        published++;
    }

    synchronized void countDuplicate() {
        duplicates++;
    }

    synchronized void addBytes(long n) {
        bytes += n;
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    public synchronized long bytes() {
        return bytes;
    }

    synchronized void rejected(String origin, String reason) {
        rejections.add(origin + ": " + reason);
    }

    public synchronized int inputsRead() {
        return inputsRead;
    }

    public synchronized int published() {
        return published;
    }

    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public synchronized String toString() {
        StringBuilder b = new StringBuilder(String.format("ingest: read %d input(s), %d bytes; published %d article(s); "
                + "skipped %d duplicate(s); rejected %d", inputsRead, bytes, published, duplicates, rejections.size()));
        for (String r : rejections) {
            b.append("\n  rejected ").append(r);
        }
        return b.toString();
    }
}
