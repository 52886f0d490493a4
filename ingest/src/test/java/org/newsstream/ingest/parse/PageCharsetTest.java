package org.newsstream.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsstream.ingest.ArticleParser;

/** Pages in the character sets news sites still use, read as a browser reads them. */
class PageCharsetTest {
    private static final String PAGE = "<html><head>%s<title>Économie</title></head><body><article><p>Le ministre a déclaré "
            + "que la réforme des retraites entrerait en vigueur à l'été, malgré l'opposition des syndicats français.</p></article></body></html>";

    @Test
    void theMetaTagTheHttpHeaderAndTheByteOrderMarkNameTheCharset() {
        byte[] latin = String.format(PAGE, "<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(PageCharset.decode(latin, null).contains("Le ministre a déclaré"));
        byte[] undeclared = String.format(PAGE, "").getBytes(Charset.forName("windows-1252"));
        assertTrue(PageCharset.decode(undeclared, null).contains("réforme"), "not UTF-8 and nothing declared: windows-1252");
        byte[] sjis = "<html><body><p>東京都は新しい計画を発表した。</p></body></html>".getBytes(Charset.forName("Shift_JIS"));
        assertTrue(PageCharset.decode(sjis, PageCharset.ofContentType("text/html; charset=Shift_JIS")).contains("東京都"));
        byte[] bom = ("\uFEFF" + String.format(PAGE, "")).getBytes(StandardCharsets.UTF_8);
        assertTrue(PageCharset.decode(bom, "iso-8859-1").startsWith("<html>"), "the byte-order mark wins over the header");
        assertEquals("ISO-8859-1", PageCharset.ofContentType("text/html; charset=\"ISO-8859-1\""));
    }

    @Test
    void aPageThatIsNotUtf8IsAnArticleNotAnError() {
        byte[] latin = String.format(PAGE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                .getBytes(StandardCharsets.ISO_8859_1);
        ArticleParser.Parsed p = ArticleParser.parse("page.html", latin).get(0);
        assertTrue(p.ok(), String.valueOf(p.error()));
        assertEquals("Économie", p.article().getTitle());
        assertTrue(p.article().getBody().contains("l'opposition des syndicats français"), p.article().getBody());
    }
}
