package org.newsstream.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final List<ThreadLocal<NameFinderME>> finders = new ArrayList<>();
    private final Gazetteer gazetteer;

    public OpenNlpNameFinder(List<TokenNameFinderModel> models, Gazetteer gazetteer) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the OpenNLP recognizer needs at least one model (engine.opennlp.models)");
        }
        // NameFinderME keeps per-document state, so each thread gets its own over the shared, immutable model.
        for (TokenNameFinderModel m : models) {
            finders.add(ThreadLocal.withInitial(() -> new NameFinderME(m)));
        }
        this.gazetteer = gazetteer;
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
        List<NameMention> out = new ArrayList<>();
        for (ThreadLocal<NameFinderME> local : finders) {
            NameFinderME finder = local.get();
            try {
                for (Document.Paragraph p : doc.paragraphs) {
                    if (p.kind() == Document.Kind.TEXT) {
                        find(doc, p, finder, out);
                    }
                }
            } finally {
                finder.clearAdaptiveData(); // what one article taught the finder must not leak into the next
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    private void find(Document doc, Document.Paragraph p, NameFinderME finder, List<NameMention> out) {
        String text = doc.text(p.start(), p.end());
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = Span.spansToStrings(tokens, text);
        for (Span name : finder.find(words)) {
            int start = p.start() + tokens[name.getStart()].getStart();
            int end = p.start() + tokens[name.getEnd() - 1].getEnd();
            String surface = doc.text(start, end);
            EntityType type = type(name.getType());
            out.add(new NameMention(surface, start, end, type, false,
                    type == EntityType.LOCATION ? gazetteer.lookup(surface) : List.of()));
        }
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
