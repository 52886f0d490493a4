package org.newsstream.processor.views;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.Quote;
import org.newsstream.avro.Story;
import org.newsstream.avro.StorySource;

/**
 * The same quote in several articles. Outlets print one statement with other quotation marks, case, punctuation,
 * accents, word order or a dropped little word ("that", "de", "yang"), so a story is keyed by its speaker and the set of
 * its words of five letters or more, without accents: near-identical wordings meet, different statements do not.
 */
public final class Stories {
    private Stories() {}

    /** Shorter words are mostly function words, which outlets add and drop. */
    static final int MIN_WORD_LENGTH = 5;
    /** A quote with fewer such words than this ("Never.") says too little to be a story. */
    static final int MIN_WORDS = 2;

    /** The story's id, or null when the quote is too short or has no speaker. */
    public static String storyId(String speaker, String text) {
        if (speaker == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        TreeSet<String> words = new TreeSet<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= MIN_WORD_LENGTH) {
                words.add(w);
            }
        }
        if (words.size() < MIN_WORDS) {
            return null;
        }
        return speaker + "|" + sha1(String.join(" ", words)).substring(0, 16);
    }

    /**
     * A story lists at most this many of its articles (the first ones), and counts them all: a quote every outlet
     * carries would otherwise grow without bound, and every article that joins it rewrites the whole list.
     */
    public static final int MAX_SOURCES = 50;

    static Story first(ArticleView article, Quote q, String storyId) {
        return Story.newBuilder().setStoryId(storyId).setSpeaker(q.getSpeaker()).setText(q.getText())
                .setFirstSeen(article.getProcessedAt()).setLastSeen(article.getProcessedAt())
                .setSources(List.of(source(article, q))).setSourceCount(1).build();
    }

    /** How many articles carry the story (records written before the count have their sources' length). */
    public static int sourceCount(Story s) {
        return Math.max(s.getSourceCount(), s.getSources().size());
    }

    /** Both stories' articles, each once, in the order they came (the first {@link #MAX_SOURCES} listed); the longer wording. */
    static Story merge(Story a, Story b) {
        Story early = a.getFirstSeen().isAfter(b.getFirstSeen()) ? b : a;
        Story late = early == a ? b : a;
        List<StorySource> sources = new ArrayList<>(early.getSources());
        int count = sourceCount(early) + sourceCount(late);
        for (StorySource s : late.getSources()) {
            if (sources.stream().anyMatch(x -> x.getArticleId().equals(s.getArticleId()))) {
                count--; // the same article in both
            } else if (sources.size() < MAX_SOURCES) {
                sources.add(s);
            }
        }
        return Story.newBuilder(early)
                .setText(late.getText().length() > early.getText().length() ? late.getText() : early.getText())
                .setLastSeen(late.getLastSeen().isAfter(early.getLastSeen()) ? late.getLastSeen() : early.getLastSeen())
                .setSources(sources).setSourceCount(count).build();
    }

    private static StorySource source(ArticleView article, Quote q) {
        return StorySource.newBuilder().setArticleId(article.getId()).setQuoteId(q.getQuoteId())
                .setTitle(article.getTitle()).setSource(article.getSource()).setUrl(article.getUrl()).build();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
