package org.newsstream.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the same article always gets the same id, so re-sending it is recognisable. */
public final class ArticleIds {
    private ArticleIds() {}

    /** From the URL when there is one (fragment and trailing slash ignored), else from title and body. */
    public static String of(String url, String title, String body) {
        if (url != null && !url.isBlank()) {
            String u = url.strip();
            int hash = u.indexOf('#');
            if (hash >= 0) {
                u = u.substring(0, hash);
            }
            while (u.endsWith("/")) {
                u = u.substring(0, u.length() - 1);
            }
            return "u-" + sha256(u.toLowerCase()).substring(0, 24);
        }
        return "c-" + sha256((title == null ? "" : title.strip()) + "\n" + body.strip()).substring(0, 24);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
