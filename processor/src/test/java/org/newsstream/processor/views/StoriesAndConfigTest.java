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
