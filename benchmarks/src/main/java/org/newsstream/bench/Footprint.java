package org.newsstream.bench;

import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.engine.Gazetteer;

/**
 * Heap the shipped gazetteer keeps once loaded, and the time of the first load in this JVM: JMH measures time,
 * not retained memory. Prints "engine_create_cold_ms N" (the default engine, lexicon and gazetteer loaded side by
 * side, first thing in a fresh JVM), then for one more copy of the gazetteer "gazetteer_load_ms N" and
 * "gazetteer_retained_heap_mb N".
 */
public final class Footprint {
    public static void main(String[] args) throws InterruptedException {
        // First, in a cold JVM, what a processor pays at start: the engine with its lexicon and gazetteer.
        long e = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.createDefault();
        System.out.println("engine_create_cold_ms " + (System.nanoTime() - e) / 1_000_000);
        engine.extract(new ArticleInput("warm-up", "", "Presiden Joko Widodo tiba di Jakarta.", "id", null));
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t = System.nanoTime();
        Gazetteer g = Gazetteer.loadShipped();
        long ms = (System.nanoTime() - t) / 1_000_000;
        g.lookup("Jakarta"); // the gazetteer stays reachable until here
        long after = usedAfterGc(rt);
        System.out.println("gazetteer_places " + g.size());
        System.out.println("gazetteer_load_ms " + ms);
        System.out.printf("gazetteer_retained_heap_mb %.1f%n", (after - before) / 1e6);
        if (g.lookup("Jakarta").isEmpty()) {
            throw new IllegalStateException("gazetteer does not know Jakarta");
        }

    }

    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
