package org.newsstream.processor.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a story is recognised across outlets, and how the views' settings are read. */
class StoriesAndConfigTest {
    @Test
    void outletsWordingsOfOneQuoteMeet() {
        String a = Stories.storyId("Ana Ruiz", "«Nadie esperaba una crecida así», dijo.");
        assertEquals(a, Stories.storyId("Ana Ruiz", "\"nadie esperaba una CRECIDA asi\""), "quotation marks, case, accents");
        assertEquals(a, Stories.storyId("Ana Ruiz", "Nadie esperaba una crecida así, dijo"), "punctuation");
        assertNotEquals(a, Stories.storyId("Luis Gil", "Nadie esperaba una crecida así, dijo."), "another speaker");
        assertNotEquals(a, Stories.storyId("Ana Ruiz", "Nadie esperaba una sequía así, dijo."), "another statement");
        assertNull(Stories.storyId("Ana Ruiz", "No."), "too short to tell");
        assertNull(Stories.storyId(null, "Nadie esperaba una crecida así"), "no speaker, no story");
    }

    @Test
    void aStoryCountsEveryArticleAndListsTheFirstOnes() {
        org.newsstream.avro.Story story = null;
        for (int i = 0; i < Stories.MAX_SOURCES + 10; i++) {
            org.newsstream.avro.ArticleView a = org.newsstream.avro.ArticleView.newBuilder().setId("a" + i).setSource("s" + i)
                    .setBody("").setProcessedAt(java.time.Instant.ofEpochSecond(i)).build();
            org.newsstream.avro.Quote q = org.newsstream.avro.Quote.newBuilder().setArticleId("a" + i).setQuoteId("a" + i + ":q:0")
                    .setText("Nadie esperaba una crecida así").setSpeaker("Ana Ruiz").setStart(0).setEnd(30).build();
            org.newsstream.avro.Story one = Stories.first(a, q, "s");
            story = story == null ? one : Stories.merge(story, one);
        }
        assertEquals(Stories.MAX_SOURCES, story.getSources().size(), "the list stays bounded");
        assertEquals(Stories.MAX_SOURCES + 10, Stories.sourceCount(story), "every article is counted");
        assertEquals("a0", story.getSources().get(0).getArticleId(), "the first articles are the ones listed");
        org.newsstream.avro.Story again = Stories.first(org.newsstream.avro.ArticleView.newBuilder().setId("a0").setSource("s0").setBody("")
                .setProcessedAt(java.time.Instant.ofEpochSecond(100)).build(), story.getSources().isEmpty() ? null
                : org.newsstream.avro.Quote.newBuilder().setArticleId("a0").setQuoteId("a0:q:0").setText("Nadie esperaba una crecida así")
                        .setSpeaker("Ana Ruiz").setStart(0).setEnd(30).build(), "s");
        assertEquals(Stories.MAX_SOURCES + 10, Stories.sourceCount(Stories.merge(story, again)), "a listed article again adds none");
    }

    @Test
    void windowsAndDurationsAreReadFromSettings() {
        ViewsConfig c = ViewsConfig.from(Map.of(ViewsConfig.WINDOWS, "30m/5m, 7d/1d", ViewsConfig.GRACE, "90s"));
        assertEquals(Duration.ofMinutes(30), c.windows().get(0).size());
        assertEquals(Duration.ofDays(1), c.window("7d").advance());
        assertEquals(Duration.ofSeconds(90), c.grace());
        assertEquals(Duration.ofDays(7), c.articleRetention(), "default");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.window("1y")).getMessage().contains("[30m, 7d]"));
        assertThrows(IllegalArgumentException.class, () -> ViewsConfig.from(Map.of(ViewsConfig.WINDOWS, "1h")));
        assertThrows(IllegalArgumentException.class, () -> ViewsConfig.from(Map.of(ViewsConfig.WINDOWS, "1h/2h")), "a hop longer than the window");
        assertThrows(IllegalArgumentException.class, () -> ViewsConfig.from(Map.of(ViewsConfig.GRACE, "ten minutes")));
    }

    @Test
    void theCurrentWindowCoversTheLastWindowLengthUpToNow() {
        ViewsConfig.Window hour = new ViewsConfig.Window("1h", Duration.ofHours(1), Duration.ofMinutes(15));
        long now = Duration.ofHours(10).plusMinutes(7).toMillis();
        long start = ViewQueries.currentWindowStart(hour, now);
        assertEquals(Duration.ofHours(9).plusMinutes(15).toMillis(), start);
        assertTrue(start <= now && now < start + hour.size().toMillis());
    }
}
