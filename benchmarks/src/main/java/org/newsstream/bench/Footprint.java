package org.newsstream.bench;

import org.newsstream.engine.Gazetteer;

/**
 * Heap the shipped gazetteer keeps once loaded, and the time of the first load in this JVM: JMH measures time,
 * not retained memory. Prints "gazetteer_first_load_ms N" and "gazetteer_retained_heap_mb N".
 */
public final class Footprint {
    public static void main(String[] args) throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t = System.nanoTime();
        Gazetteer g = Gazetteer.loadShipped();
        long ms = (System.nanoTime() - t) / 1_000_000;
        g.lookup("Jakarta"); // the gazetteer stays reachable until here
        long after = usedAfterGc(rt);
        System.out.println("gazetteer_places " + g.size());
        System.out.println("gazetteer_first_load_ms " + ms);
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
