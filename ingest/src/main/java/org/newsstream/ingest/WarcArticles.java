package org.newsstream.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsstream.ingest.parse.PageCharset;

/**
 * WARC files as news crawls publish them (Common Crawl's CC-NEWS): every HTML response record becomes an
 * article with its URL and fetch time. Records are streamed one at a time.
 */
final class WarcArticles {
    private final ArticleParser parser;

    WarcArticles(ArticleParser parser) {
        this.parser = parser;
    }

    void read(String source, InputStream in, Consumer<ArticleParser.Parsed> out) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue; // request, metadata, warcinfo records carry no article
                }
                String origin = source + "#" + response.target();
                try {
                    if (response.http().status() != 200) {
                        continue;
                    }
                    MediaType type = response.http().contentType();
                    if (!type.base().equals(MediaType.HTML.base()) && !type.base().toString().equals("application/xhtml+xml")) {
                        continue;
                    }
                    byte[] body = response.http().bodyDecoded().stream().readNBytes((int) ArticleSources.MAX_INPUT_BYTES + 1);
                    if (body.length > ArticleSources.MAX_INPUT_BYTES) {
                        out.accept(new ArticleParser.Parsed(origin, null, "page larger than the article size limit", null));
                        continue;
                    }
                    String html = PageCharset.decode(body, type.parameters().get("charset"));
                    ArticleParser.Parsed p = parser.html(origin, html, response.target(), body);
                    if (p.ok()) {
                        p.article().getMetadata().put("fetchedAt", response.date().toString());
                        p.article().getMetadata().put("warcRecordId", response.id().toString());
                    }
                    out.accept(p);
                } catch (IOException | RuntimeException e) {
                    out.accept(new ArticleParser.Parsed(origin, null, "unreadable WARC record: " + e.getMessage(), null));
                }
            }
        }
    }
}
