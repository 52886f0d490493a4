package org.newsstream.engine;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * The nominative of a German name as the sentence inflects it, for the entity's canonical name: German declines a
 * body's adjectives and head noun with its case ("des Deutschen Roten Kreuzes", "der Deutsche Fußball-Bund") and
 * puts an -s on a place in the genitive ("Südafrikas"). The name stands as it would alone: "Deutsches Rotes Kreuz",
 * "Deutscher Fußball-Bund", "Südafrika". Mentions keep the text as written.
 */
final class GermanNominative {
    /** Adjective stems: -isch, -lich, -ig, -al, -ell, -iv, and participles ("vereint", "gemeinsam" is not one). */
    private static final Pattern ADJECTIVE_STEM = Pattern.compile(".*(isch|sch|lich|ig|al|ell|iv|ar|är)|(ver|ge|be).{2,}t");

    private final Lexicon lex;
    /** Asked only for a German place's genitive, so that an engine built for other work need not load it. */
    private final Supplier<Gazetteer> gazetteer;

    private final StateBodies stateBodies;

    GermanNominative(Lexicon lexicon, Supplier<Gazetteer> gazetteer) {
        this.lex = lexicon;
        this.gazetteer = gazetteer;
        this.stateBodies = new StateBodies(lexicon, gazetteer);
    }

    /** The mention's name in the nominative; its text when the language is not German or nothing is inflected. */
    String of(Document doc, NameMention m) {
        if (!doc.language.equals("de")) {
            return m.text();
        }
        return switch (m.type()) {
            case ORGANIZATION -> body(doc, m);
            case LOCATION -> place(m);
            default -> m.text();
        };
    }

    /** "Südafrikas" -> "Südafrika", when the map knows the name without its -s and not with it ("Paris", "Damaskus"). */
    private String place(NameMention m) {
        String text = m.text();
        String owner = text.contains(" ") || text.endsWith("ss") ? null : lex.germanGenitiveOwner(text);
        if (owner == null) {
            return text;
        }
        Gazetteer gaz = gazetteer.get();
        return gaz.lookup(text).isEmpty() && !gaz.lookup(owner).isEmpty() ? owner : text;
    }

    private String body(Document doc, NameMention m) {
        String[] words = m.text().strip().split("\\s+");
        String land = stateBodies.landName(doc, words);
        if (land != null) {
            return land; // "der baden-württembergischen Landesregierung" -> Landesregierung Baden-Württemberg
        }
        // The head is the first noun after the adjectives; a place's indeclinable -er adjective stands among them
        // ("Neue Zürcher Zeitung", "Berliner Landgericht").
        int head = 0;
        if (words.length > 2 && words[0].endsWith("-") && (words[1].equals("und") || words[1].equals("oder"))) {
            head = 2; // "des Deich- und Hauptsielverbands Eiderstedt": the second compound carries the shared end
        }
        while (head < words.length - 1 && Character.isUpperCase(words[head + 1].charAt(0))
                && (adjective(words[head]) || words[head].endsWith("er") && Character.isUpperCase(words[head].charAt(0)))) {
            head++;
        }
        String before = Tokens.wordBefore(doc.body, m.start());
        boolean genitive = before.equals("des") || before.equals("eines");
        String headWord = words[head];
        char gender = lex.germanGender(headWord.toLowerCase(Locale.ROOT));
        if (gender == 0 && genitive) {
            // "des Landeskriminalamts Sachsen", "des Roten Kreuzes": a masculine or neuter head's genitive ending
            for (String ending : List.of("es", "s")) {
                String bare = headWord.substring(0, Math.max(0, headWord.length() - ending.length()));
                char g = headWord.endsWith(ending) && bare.length() >= 3 ? lex.germanGender(bare.toLowerCase(Locale.ROOT)) : 0;
                if (g == 'm' || g == 'n') {
                    words[head] = bare;
                    gender = g;
                    break;
                }
            }
        }
        if (head > 0) {
            // a head with no gender of its own in the list is a plural ("der Vereinten Nationen"): its adjectives take -e
            String ending = switch (gender) {
                case 'm' -> "er";
                case 'n' -> "es";
                default -> "e";
            };
            for (int i = 0; i < head; i++) {
                if (adjective(words[i])) {
                    words[i] = stem(words[i]) + ending;
                }
            }
        }
        return String.join(" ", words);
    }

    /**
     * "Deutschen", "Roten", "Vereinte": a capitalised adjective with a weak or strong -e/-en ending; or a state's, in
     * lower case ("syrischen" of "der syrischen Regierung").
     */
    private boolean adjective(String word) {
        if (word.length() < 4 || !(word.endsWith("e") || word.endsWith("en"))) {
            return false;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return word.matches("\\p{Ll}[\\p{Ll}-]*sche?n?") && stateBodies.state(word) != null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        char gender = lex.germanGender(lower);
        if (gender == 'm' || gender == 'f') {
            return false; // a noun: "Bürgerinitiative", "Alternative" (the list makes every adjective a neuter noun too)
        }
        String stem = stem(word).toLowerCase(Locale.ROOT);
        return ADJECTIVE_STEM.matcher(stem).matches() || lex.isGermanNoun(stem + "ere"); // "rot" has "Rotere"
    }

    private static String stem(String adjective) {
        return adjective.substring(0, adjective.length() - (adjective.endsWith("en") ? 2 : 1));
    }
}
