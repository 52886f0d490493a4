package org.newsstream.bench;

import java.util.concurrent.TimeUnit;
import org.newsstream.engine.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the shipped gazetteer (200,000 places, packed): what every processor start pays once. Single-shot, so
 * each sample is one whole load; the first sample of each fork is a cold JVM, as at start-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(3)
public class GazetteerLoadBenchmark {
    @Benchmark
    public Gazetteer load() {
        return Gazetteer.loadShipped();
    }
}
