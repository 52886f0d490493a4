package org.newsstream.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes as text, in the order browsers decide its character set: a byte-order mark, then the HTTP
 * header's charset, then the page's own {@code <meta charset>}, then UTF-8 when the bytes are valid UTF-8, else
 * windows-1252. Latin-1 and ASCII labels are read as windows-1252, as browsers do. Never fails: bytes that do not
 * decode become U+FFFD.
 */
public final class PageCharset {
    private PageCharset() {}

    private static final Pattern META = Pattern.compile("(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The meta tag stands in the page's head; browsers look no further than this. */
    private static final int PRESCAN_BYTES = 4096;

    /** @param declared the charset of the HTTP header (Content-Type), or null */
    public static String decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset c = named(declared);
        if (c == null) {
            Matcher m = META.matcher(new String(bytes, 0, Math.min(PRESCAN_BYTES, bytes.length), StandardCharsets.ISO_8859_1));
            c = m.find() ? named(m.group(1)) : null;
        }
        if (c == null) {
            String utf8 = strictUtf8(bytes);
            return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
        }
        return new String(bytes, c);
    }

    /** The charset of a Content-Type header value ("text/html; charset=ISO-8859-1"), or null. */
    public static String ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static Charset named(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            // UTF-16 in a meta tag is a mislabel: the tag could not have been read if it were true
            return Charset.isSupported(l) && !l.startsWith("utf-16") ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
