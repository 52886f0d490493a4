package org.newsstream.app;

import picocli.CommandLine.Command;

/** The benchmark commands; each prints a table and, last, one JSON line with its figures. */
@Command(name = "bench", description = "Benchmarks: the engine alone (extract) and the whole pipeline against a pass-through topology (pipeline).",
        subcommands = {BenchExtractCommand.class, BenchPipelineCommand.class})
final class BenchCommand {}
