package org.newsstream.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The one way in: every input the product reads, for {@code ingest} (to Kafka) and {@code extract} (to the engine)
 * alike. Files and folders (recursively, in name order, through glob filters), standard input, gzip (by its magic
 * bytes), WARC, JSON lines, and whole files of text, HTML or JSON. {@link ArticleParser} decides every format
 * (by name, then content); what is read goes to a {@link Sink} as parsed articles or reasons why not.
 */
public final class ArticleSources {
    /** A whole-file input (text, HTML, JSON) larger than this is rejected unread: no news article is 16 MB. */
    public static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    /** Where the articles read go: the publisher, or the engine of {@code extract}. */
    public interface Sink {
        /** An article, or why an input (or one record of it) gave none. */
        void accept(ArticleParser.Parsed parsed);

        /** One input began: its size in bytes, or 0 for a stream counted as it is read. */
        default void input(long bytes) {}

        /** Bytes of a streamed input read so far (JSON lines). */
        default void bytesRead(long bytes) {}

        /** The size of all the files about to be read, for progress. */
        default void totalBytes(long bytes) {}

        /** One file is done. */
        default void fileDone() {}

        /** True for a failure of the sink itself (Kafka is gone), which must stop the run instead of rejecting one input. */
        default boolean fatal(RuntimeException e) {
            return false;
        }
    }

    private final ArticleParser parser;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final int parseThreads;

    /** @param include, exclude glob patterns matched against a file's path below the folder given, or its name */
    public ArticleSources(ArticleParser parser, List<String> include, List<String> exclude) {
        this(parser, include, exclude, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param parseThreads how many whole files (pages, texts, JSON) are parsed at once; the sink still sees every
     *     input in order, on the calling thread. Streamed inputs (WARC, JSON lines, standard input) are read in turn.
     */
    public ArticleSources(ArticleParser parser, List<String> include, List<String> exclude, int parseThreads) {
        this.parser = parser;
        this.include = include.stream().map(ArticleSources::glob).toList();
        this.exclude = exclude.stream().map(ArticleSources::glob).toList();
        this.parseThreads = Math.max(1, parseThreads);
    }

    public static ArticleSources defaults() {
        return new ArticleSources(ArticleParser.defaults(), List.of(), List.of());
    }

    public ArticleParser parser() {
        return parser;
    }

    /** Files and folders; "-" is standard input. A path that does not exist is reported, and the others still read. */
    public void readPaths(List<String> paths, InputStream stdin, Sink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : paths) {
            if (arg.equals("-")) {
                continue;
            }
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                sink.accept(new ArticleParser.Parsed(arg, null, "no such file or directory", null));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> selected(path.relativize(f))).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        sink.totalBytes(total);
        for (String arg : paths) {
            if (arg.equals("-")) {
                readStream("stdin", stdin, sink);
            }
        }
        readFiles(files, sink);
    }

    /**
     * Files in order. Parsing a page costs far more than publishing it, so whole files are parsed on
     * {@code parseThreads} threads, a bounded window ahead of the sink, and handed over in order.
     */
    private void readFiles(List<Path> files, Sink sink) {
        if (parseThreads == 1 || files.size() < 2) {
            files.forEach(f -> readFile(f, sink));
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parseThreads, r -> {
            Thread t = new Thread(r, "parse");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<Recorded>> window = new java.util.ArrayDeque<>();
        try {
            for (Path f : files) {
                if (streamed(f)) {
                    while (!window.isEmpty()) {
                        replay(window.poll(), sink);
                    }
                    readFile(f, sink);
                    continue;
                }
                window.add(pool.submit(() -> {
                    Recorded r = new Recorded();
                    readFile(f, r);
                    return r;
                }));
                if (window.size() >= parseThreads * 4) {
                    replay(window.poll(), sink);
                }
            }
            while (!window.isEmpty()) {
                replay(window.poll(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean streamed(Path f) {
        return ArticleParser.streamOf(f.toString()) != ArticleParser.Stream.WHOLE;
    }

    private static void replay(java.util.concurrent.Future<Recorded> parsed, Sink sink) {
        try {
            parsed.get().replay(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading inputs", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** What reading one file told its sink, kept to be told again, in order, on the sink's own thread. */
    private static final class Recorded implements Sink {
        private final List<java.util.function.Consumer<Sink>> calls = new ArrayList<>();

        @Override
        public void accept(ArticleParser.Parsed parsed) {
            calls.add(s -> s.accept(parsed));
        }

        @Override
        public void input(long bytes) {
            calls.add(s -> s.input(bytes));
        }

        @Override
        public void bytesRead(long bytes) {
            calls.add(s -> s.bytesRead(bytes));
        }

        @Override
        public void fileDone() {
            calls.add(Sink::fileDone);
        }

        void replay(Sink sink) {
            calls.forEach(c -> c.accept(sink));
        }
    }

    private boolean selected(Path relative) {
        boolean in = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative) || m.matches(relative.getFileName()));
        boolean out = exclude.stream().anyMatch(m -> m.matches(relative) || m.matches(relative.getFileName()));
        return in && !out;
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** One file; a file that cannot be read, or that breaks the parser, is reported and the run goes on. */
    public void readFile(Path file, Sink sink) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            readStream(name, in, sink);
        } catch (IOException e) {
            sink.accept(new ArticleParser.Parsed(name, null, "unreadable: " + e.getMessage(), null));
        } catch (RuntimeException e) {
            if (sink.fatal(e)) {
                throw e;
            }
            sink.accept(new ArticleParser.Parsed(name, null, "failed: " + e, null));
        }
        sink.fileDone();
    }

    /** One input of any supported format; gzip is recognised by its magic bytes, the rest by name and content. */
    public void readStream(String source, InputStream raw, Sink sink) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        ArticleParser.Stream kind = ArticleParser.streamOf(source);
        if (kind == ArticleParser.Stream.WARC) {
            sink.input(0);
            new WarcArticles(parser).read(source, in, sink::accept);
        } else if (kind == ArticleParser.Stream.LINES) {
            sink.input(0);
            readLines(source, in, sink);
        } else {
            byte[] content = in.readNBytes((int) MAX_INPUT_BYTES + 1);
            if (content.length > MAX_INPUT_BYTES) {
                sink.input(content.length);
                sink.accept(new ArticleParser.Parsed(source, null, "larger than the " + MAX_INPUT_BYTES + "-byte limit for one article", null));
                return;
            }
            readContent(source, content, sink);
        }
    }

    /** JSON lines (or, for stdin, one plain-text or JSON document), read line by line. */
    private void readLines(String source, InputStream in, Sink sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
        StringBuilder whole = null;
        int n = 0;
        try {
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                sink.bytesRead(line.length() + 1);
                if (n == 1 && source.equals("stdin") && !line.stripLeading().startsWith("{")) {
                    whole = new StringBuilder(); // stdin with a plain-text or HTML article, not JSON lines
                }
                if (whole != null) {
                    whole.append(line).append('\n');
                    if (whole.length() > MAX_INPUT_BYTES) {
                        sink.accept(new ArticleParser.Parsed(source, null, "larger than the " + MAX_INPUT_BYTES + "-byte limit for one article", null));
                        return;
                    }
                } else if (!line.isBlank()) {
                    sink.accept(parser.jsonLine(source + ":" + n, source, line));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.accept(new ArticleParser.Parsed(source + ":" + (n + 1), null, "not valid UTF-8 text", null));
            return;
        }
        if (whole != null) {
            for (ArticleParser.Parsed p : parser.parseContent(source, whole.toString().getBytes(StandardCharsets.UTF_8))) {
                sink.accept(p);
            }
        }
    }

    /** A whole input already in memory (a file, a request body). */
    public void readContent(String source, byte[] content, Sink sink) {
        sink.input(content.length);
        for (ArticleParser.Parsed parsed : parser.parseContent(source, content)) {
            sink.accept(parsed);
        }
    }
}
