package org.newsstream.processor.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsstream.avro.ViewCount;

/** Adding up observations of the same thing in the same window. */
final class ViewCounts {
    private ViewCounts() {}

    /** How many of the latest articles a count keeps, for "the articles behind this place". */
    static final int MAX_ARTICLE_IDS = 10;

    static ViewCount add(ViewCount total, ViewCount next) {
        boolean newer = !next.getLatestAt().isBefore(total.getLatestAt());
        ViewCount latest = newer ? next : total;
        ViewCount older = newer ? total : next;
        Set<String> ids = new LinkedHashSet<>(latest.getArticleIds());
        ids.addAll(older.getArticleIds());
        List<String> kept = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_ARTICLE_IDS));
        return ViewCount.newBuilder(total)
                .setCount(total.getCount() + next.getCount())
                .setLatestAt(latest.getLatestAt())
                .setLatestText(latest.getLatestText() != null ? latest.getLatestText() : older.getLatestText())
                .setArticleIds(new ArrayList<>(kept))
                .build();
    }
}
