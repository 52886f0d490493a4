package org.newsstream.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.newsstream.ingest.parse.PageCharset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS 2.0 and Atom feeds and publishes the page behind each new item. Polite: it names itself, uses
 * conditional GET (ETag, Last-Modified) for the feeds, times out, and fetches at most a few pages per host
 * at a time. Items already fetched in this process are not fetched again; articles already published in
 * any run are skipped by the publisher.
 */
public final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    public static final String USER_AGENT = "newsstream-ingest/0.1 (news research pipeline)";

    private final ArticlePublisher publisher;
    private final int perHost;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final Map<String, String[]> validators = new ConcurrentHashMap<>(); // feed -> {etag, last-modified}
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Set<String> fetched = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "feed-fetch");
        t.setDaemon(true);
        return t;
    });

    public FeedPoller(ArticlePublisher publisher, int perHost) {
        this.publisher = publisher;
        this.perHost = perHost;
    }

    /** Polls every feed once; returns how many item pages were fetched. */
    public int pollOnce(List<String> feeds) throws InterruptedException {
        List<Future<?>> work = new ArrayList<>();
        for (String feed : feeds) {
            for (String link : newItemLinks(feed)) {
                work.add(pool.submit(() -> fetchPage(feed, link)));
            }
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("Feed item failed: {}", e.getCause().toString());
            }
        }
        publisher.flush();
        return work.size();
    }

    /** Polls until interrupted. */
    public void pollForever(List<String> feeds, Duration interval) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            int n = pollOnce(feeds);
            LOG.info("Polled {} feed(s): {} new item(s); {}", feeds.size(), n, publisher.summary());
            Thread.sleep(interval.toMillis());
        }
    }

    private List<String> newItemLinks(String feed) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(feed)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        String[] v = validators.get(feed);
        if (v != null) {
            if (v[0] != null) {
                req.header("If-None-Match", v[0]);
            }
            if (v[1] != null) {
                req.header("If-Modified-Since", v[1]);
            }
        }
        try {
            HttpResponse<byte[]> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() == 304) {
                return List.of(); // not modified since the last poll
            }
            if (resp.statusCode() != 200) {
                publisher.reject(feed, "feed answered HTTP " + resp.statusCode(), null);
                return List.of();
            }
            validators.put(feed, new String[] {resp.headers().firstValue("ETag").orElse(null),
                    resp.headers().firstValue("Last-Modified").orElse(null)});
            SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(resp.body())));
            List<String> links = new ArrayList<>();
            Set<String> inThisFeed = new HashSet<>();
            for (SyndEntry e : parsed.getEntries()) {
                String link = e.getLink() != null ? e.getLink() : e.getUri();
                if (link != null && inThisFeed.add(link) && !fetched.contains(link)) {
                    links.add(URI.create(feed).resolve(link).toString());
                }
            }
            return links;
        } catch (Exception e) {
            publisher.reject(feed, "cannot read feed: " + e, null);
            return List.of();
        }
    }

    private void fetchPage(String feed, String link) {
        Semaphore slot = hosts.computeIfAbsent(URI.create(link).getHost() == null ? "" : URI.create(link).getHost(), h -> new Semaphore(perHost));
        try {
            slot.acquire();
            try {
                HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30))
                        .header("User-Agent", USER_AGENT).header("Accept", "text/html, application/xhtml+xml").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (resp.statusCode() != 200) {
                    publisher.reject(link, "page answered HTTP " + resp.statusCode() + " (from feed " + feed + ")", null);
                    return;
                }
                fetched.add(link);
                String html = PageCharset.decode(resp.body(), PageCharset.ofContentType(resp.headers().firstValue("Content-Type").orElse(null)));
                ArticleParser.Parsed p = ArticleParser.defaults().html(link, html, resp.uri().toString(), resp.body());
                if (p.ok()) {
                    p.article().getMetadata().put("feed", feed);
                }
                publisher.accept(p);
            } finally {
                slot.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            publisher.reject(link, "cannot fetch page: " + e, null);
        }
    }

    public void close() {
        pool.shutdownNow();
    }

}
