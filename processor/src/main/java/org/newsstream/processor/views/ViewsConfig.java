package org.newsstream.processor.views;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the live views count: the windows (each a length and how far it hops), how late a record may arrive and still
 * count, and how long articles and stories are kept for queries.
 *
 * @param windows         hopping windows, e.g. 1h every 15m and 24h every 3h; the first is the dashboard's default
 * @param grace           a record up to this late (record time behind stream time) still counts in its window
 * @param articleRetention articles and latest quotes stay queryable this long
 * @param storyGap        a quote seen again within this gap joins the same story
 */
public record ViewsConfig(List<Window> windows, Duration grace, Duration articleRetention, Duration storyGap) {

    /** A hopping window: counts over {@code size}, a new window every {@code advance}; {@code name} as in the API. */
    public record Window(String name, Duration size, Duration advance) {
        public Window {
            if (advance.isZero() || advance.compareTo(size) > 0) {
                throw new IllegalArgumentException("window " + name + ": the hop must be above 0 and at most the window");
            }
        }
    }

    public static final String WINDOWS = "views.windows";
    public static final String GRACE = "views.grace";
    public static final String ARTICLE_RETENTION = "views.article.retention";
    public static final String STORY_GAP = "views.story.gap";

    public static ViewsConfig defaults() {
        return from(Map.of());
    }

    /** From settings such as {@code views.windows=1h/5m,24h/1h}, {@code views.grace=10m}; missing keys take defaults. */
    public static ViewsConfig from(Map<String, String> settings) {
        List<Window> windows = new ArrayList<>();
        for (String w : settings.getOrDefault(WINDOWS, "1h/15m,24h/3h").split(",")) {
            String[] parts = w.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException(WINDOWS + ": '" + w + "' is not SIZE/HOP (e.g. 1h/5m)");
            }
            windows.add(new Window(parts[0].strip(), duration(parts[0]), duration(parts[1])));
        }
        return new ViewsConfig(List.copyOf(windows), duration(settings.getOrDefault(GRACE, "10m")),
                duration(settings.getOrDefault(ARTICLE_RETENTION, "7d")), duration(settings.getOrDefault(STORY_GAP, "24h")));
    }

    public Window window(String name) {
        return windows.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no window '" + name + "'; there are "
                        + windows.stream().map(Window::name).toList()));
    }

    /** 90s, 10m, 1h, 7d. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("\\d+[smhd]")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 90s, 10m, 1h or 7d");
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
