package org.newsstream.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.newsstream.avro.EntityType;

/**
 * Names found by OpenNLP name-finder models that the user supplies ({@code engine.opennlp.models}): a model trained
 * with OpenNLP's TokenNameFinderTrainer on the user's own annotated news, in any language. Each paragraph of text
 * is tokenised with OpenNLP's SimpleTokenizer, the tokenisation such models are usually trained on; the model's
 * types map to ours (person, organization, location and their usual spellings), and locations get their gazetteer
 * candidates so that the geocoder can place them.
 */
public final class OpenNlpNameFinder implements EntityRecognizer {
    /**
     * The models shipped with the engine, by the language of the articles they serve: trained by
     * scripts/train-ner.sh and measured in docs/ner-model.md. Indonesian only: it improves NERGrit and leaves the
     * Indonesian dev articles as they were, while on Malay it did worse, so Malay keeps the rules alone.
     */
    static final Map<String, String> SHIPPED = Map.of("id", "/org/newsstream/engine/models/ner-id.bin");
    private static Map<String, TokenNameFinderModel> shippedModels;

    private final List<ThreadLocal<NameFinderME>> finders = new ArrayList<>();
    /** For each finder, the languages of the articles it reads (empty: every language). */
    private final List<Set<String>> languages = new ArrayList<>();
    private final Gazetteer gazetteer;

    public OpenNlpNameFinder(List<TokenNameFinderModel> models, Gazetteer gazetteer) {
        this(everyLanguage(models), gazetteer, true);
    }

    private static Map<TokenNameFinderModel, Set<String>> everyLanguage(List<TokenNameFinderModel> models) {
        Map<TokenNameFinderModel, Set<String>> out = new java.util.LinkedHashMap<>();
        models.forEach(m -> out.put(m, Set.of()));
        return out;
    }

    private OpenNlpNameFinder(Map<TokenNameFinderModel, Set<String>> models, Gazetteer gazetteer, boolean byLanguage) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the OpenNLP recognizer needs at least one model (engine.opennlp.models)");
        }
        // NameFinderME keeps per-document state, so each thread gets its own over the shared, immutable model.
        models.forEach((m, langs) -> {
            finders.add(ThreadLocal.withInitial(() -> new NameFinderME(m)));
            languages.add(langs);
        });
        this.gazetteer = gazetteer;
    }

    /** The shipped models, each for articles in its language (loaded once per JVM). */
    public static OpenNlpNameFinder shipped(Gazetteer gazetteer) {
        Map<TokenNameFinderModel, Set<String>> models = new java.util.LinkedHashMap<>();
        shippedModels().forEach((language, model) -> models.put(model, Set.of(language)));
        return new OpenNlpNameFinder(models, gazetteer, true);
    }

    private static synchronized Map<String, TokenNameFinderModel> shippedModels() {
        if (shippedModels == null) {
            Map<String, TokenNameFinderModel> loaded = new java.util.TreeMap<>();
            SHIPPED.forEach((language, resource) -> {
                try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + resource);
                    }
                    loaded.put(language, new TokenNameFinderModel(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the shipped model " + resource, e);
                }
            });
            shippedModels = loaded;
        }
        return shippedModels;
    }

    /** Loads each model file once. */
    public static OpenNlpNameFinder load(List<Path> modelFiles, Gazetteer gazetteer) {
        List<TokenNameFinderModel> models = new ArrayList<>();
        for (Path f : modelFiles) {
            try {
                models.add(new TokenNameFinderModel(f));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot load OpenNLP name-finder model " + f + ": " + e.getMessage(), e);
            }
        }
        return new OpenNlpNameFinder(models, gazetteer);
    }

    @Override
    public List<NameMention> recognize(Document doc) {
        return recognize(doc, List.of());
    }

    /**
     * Skips the sentences where every capitalised word is already part of a typed name an earlier recognizer found
     * (a sentence's first word counts only when it is not a function word): a name found there could only overlap
     * those, and {@link CombinedRecognizer} would drop it. Reading only the rest is most of the model's cost saved.
     */
    @Override
    public List<NameMention> recognize(Document doc, List<NameMention> earlier) {
        boolean[] typed = new boolean[doc.body.length()];
        for (NameMention m : earlier) {
            if (m.type() != EntityType.OTHER) {
                java.util.Arrays.fill(typed, Math.max(0, m.start()), Math.min(typed.length, m.end()), true);
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (int i = 0; i < finders.size(); i++) {
            if (!languages.get(i).isEmpty() && !languages.get(i).contains(doc.language)) {
                continue; // a model reads the language it was trained on
            }
            NameFinderME finder = finders.get(i).get();
            try {
                for (Document.Paragraph p : doc.paragraphs) {
                    if (p.kind() == Document.Kind.TEXT) {
                        find(doc, p, finder, typed, out);
                    }
                }
            } finally {
                finder.clearAdaptiveData(); // what one article taught the finder must not leak into the next
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    private void find(Document doc, Document.Paragraph p, NameFinderME finder, boolean[] typed, List<NameMention> out) {
        String text = doc.text(p.start(), p.end());
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = Span.spansToStrings(tokens, text);
        // The beam search copies its sequence at every token, so its cost grows with the square of the input: it
        // reads one sentence at a time, and no more than MAX_WINDOW tokens of a sentence that never ends.
        int from = 0;
        while (from < words.length) {
            int to = from;
            while (to < words.length && to - from < MAX_WINDOW && !(to > from && endsSentence(words[to - 1]))) {
                to++;
            }
            if (!untypedCapital(doc, p, tokens, words, from, to, typed)) {
                from = to;
                continue;
            }
            String[] window = java.util.Arrays.copyOfRange(words, from, to);
            for (Span name : finder.find(window)) {
                int start = p.start() + tokens[from + name.getStart()].getStart();
                int end = p.start() + tokens[from + name.getEnd() - 1].getEnd();
                String surface = doc.text(start, end);
                if (surface.chars().noneMatch(Character::isUpperCase)) {
                    continue; // "di jalan": every language we read writes a name with a capital somewhere
                }
                EntityType type = type(name.getType());
                out.add(new NameMention(surface, start, end, type, false,
                        type == EntityType.LOCATION ? gazetteer.lookup(surface) : List.of()));
            }
            from = to;
        }
    }

    /** A capitalised word in the window that no typed name covers (a sentence's first word only if no function word). */
    private static boolean untypedCapital(Document doc, Document.Paragraph p, Span[] tokens, String[] words, int from, int to, boolean[] typed) {
        for (int k = from; k < to; k++) {
            String w = words[k];
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            int at = p.start() + tokens[k].getStart();
            if (at < typed.length && typed[at]) {
                continue;
            }
            // "Sementara itu, …", "Kami …", "Kepala …", "Kamis": a common word with a capital, a title or a day names
            // no one on its own, and the model's name would hold a name the rules typed
            String lower = w.toLowerCase(Locale.ROOT);
            if (LEXICON.isStopword(lower, doc.language) || LEXICON.isFunctionWord(lower, doc.language) || doc.lowercaseWords.contains(lower)
                    || LEXICON.isTitle(lower) || LEXICON.calendar.contains(lower)) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static final int MAX_WINDOW = 200;
    private static final Lexicon LEXICON = Lexicon.shipped();

    private static boolean endsSentence(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?");
    }

    /** OpenNLP's type names ("person", "organization", "location", "gpe", "misc", ...) as ours. */
    static EntityType type(String openNlpType) {
        String t = openNlpType == null ? "" : openNlpType.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "per", "persname" -> EntityType.PERSON;
            case "organization", "organisation", "org", "orgname" -> EntityType.ORGANIZATION;
            case "location", "loc", "place", "gpe", "placename", "geo" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
        };
    }
}
