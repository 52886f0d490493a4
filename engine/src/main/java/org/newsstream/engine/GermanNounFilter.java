package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * The rule-based recognizer's last step for German, which capitalises every noun: a lone noun is a person or a place
 * only on the text's evidence, words of the dictionary with no given name among them that speak are a body, and the
 * nouns of a role before a person's name are not part of it.
 */
final class GermanNounFilter {
    /** A small town a German word also names is a German-speaking one, if any ("Kunden" is no Indonesian town). */
    static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");
    /** An article or a possessive, perhaps an adjective or two, then a capitalised word: a German noun ("in der aktuellen Lage", "seinen Laden"). */
    private static final Pattern GERMAN_ARTICLE_NOUN = Pattern.compile(
            "\\b(?i:der|die|das|den|dem|des|ein|eine|einer|einem|eines|im|am|zum|zur|vom|beim|ins|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer"
                    + "|unser|unsere|unseren|unserem|mein|meine|meinen|dein|deine)\\s+(?:\\p{Ll}+\\s+){0,2}(\\p{Lu}\\p{L}+)");

    /** German capitalises every noun, so capitalisation alone does not make a name there. */
    static boolean capitalisesNouns(Document doc) {
        return doc.language.equals("de");
    }

    private final Lexicon lex;
    private final Set<String> locatives;

    GermanNounFilter(Lexicon lexicon) {
        this.lex = lexicon;
        this.locatives = lexicon.words("locative");
    }

    /**
     * German capitalises every noun, so a lone capitalised word is a person only on evidence of its own: a given
     * name or surname, or the last word of a person the article names in full ("Stadt", "Logistik" are nouns).
     */
    List<NameMention> apply(Document doc, List<NameMention> found) {
        if (!capitalisesNouns(doc)) {
            return found;
        }
        Set<String> surnamesInFull = new HashSet<>();
        for (NameMention m : found) {
            String[] k = m.key().split(" ");
            if (m.type() == EntityType.PERSON && k.length > 1) {
                surnamesInFull.add(k[k.length - 1]);
            }
        }
        // A word the text also writes after an article ("die Kosten", "in der Mitte") is a noun, whatever town a
        // gazetteer knows by it.
        Set<String> afterArticle = new HashSet<>();
        java.util.regex.Matcher a = GERMAN_ARTICLE_NOUN.matcher(doc.body);
        while (a.find()) {
            afterArticle.add(Tokens.key(a.group(1)));
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : found) {
            boolean bareNoun = m.type() == EntityType.PERSON && m.tokenCount() == 1 && !m.titled()
                    && !lex.isGivenName(m.key()) && !lex.isSurname(m.key()) && !surnamesInFull.contains(m.key())
                    || m.type() == EntityType.LOCATION && m.tokenCount() == 1 && !m.places().isEmpty()
                    && m.places().stream().noneMatch(Gazetteer.Place::isNotable)
                    && (afterArticle.contains(m.key()) || m.places().stream().noneMatch(p -> GERMAN_SPEAKING.contains(p.countryCode())))
                    || m.tokenCount() == 1 && lex.isGermanNoun(m.key()) && !nameDespiteNoun(doc, m, surnamesInFull, afterArticle);
            if (bareNoun) {
                continue;
            }
            if (m.type() == EntityType.ORGANIZATION && m.tokenCount() > 1) {
                out.add(withoutDescriptor(m));
            } else if (m.type() == EntityType.PERSON && m.tokenCount() > 1 && !m.titled() && nounsOnly(m)) {
                // "die Vereinten Nationen sprachen", "die Neue Zürcher Zeitung berichtete": words of the dictionary, no
                // given name among them, that speak are a body
                out.add(new NameMention(m.text(), m.start(), m.end(), EntityType.ORGANIZATION, false, List.of()));
            } else {
                out.add(m.type() == EntityType.PERSON ? withoutRoleNouns(doc, m) : m);
            }
        }
        out.addAll(compoundBodies(doc, out));
        return out;
    }

    /** "der Landesfischereiverband": an article, then one word. */
    private static final Pattern ARTICLE_WORD = Pattern.compile("(?<![\\p{L}])(?i:der|die|das|dem|den|des)\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");

    /**
     * "Der Landesfischereiverband befürchtet …", "die Linkspartei": a compound that heads an association's name, after
     * a definite article no preposition governs, is a body of its own where no longer name holds it and it describes
     * no name after it ("die Betreibergesellschaft Ostsee Wind GmbH"). A bare head ("der Verband") refers back instead.
     */
    private List<NameMention> compoundBodies(Document doc, List<NameMention> found) {
        List<NameMention> bodies = new ArrayList<>();
        java.util.regex.Matcher a = ARTICLE_WORD.matcher(doc.body);
        while (a.find()) {
            String word = a.group(1);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String nominative = lex.germanGenitiveNoun(lower);
            String key = Tokens.key(nominative != null ? nominative : lower);
            int start = a.start(1);
            int end = a.end(1);
            boolean governed = lex.isAttributionWord("of", Tokens.wordBefore(doc.body, a.start()), Set.of("de"))
                    || lex.isAttributionWord("adjunct", Tokens.wordBefore(doc.body, a.start()), Set.of("de"));
            if (governed || !association(key) || lex.orgWords.contains(key) || lex.isGenericBodyNoun(key, "de")
                    || found.stream().anyMatch(m -> m.start() < end && start < m.end() || m.type() == EntityType.ORGANIZATION
                        && (m.tokenCount() > 1 && (" " + m.key() + " ").contains(" " + key + " ")
                        || Tokens.key(Tokens.wordBefore(doc.body, m.start())).equals(Tokens.key(lower))))) {
                continue;
            }
            bodies.add(new NameMention(word, start, end, EntityType.ORGANIZATION, false, List.of()));
        }
        return bodies;
    }

    /** A compound whose last part heads an association's name ("Landesfischereiverband", "Linkspartei"). */
    private boolean association(String key) {
        for (String head : lex.words("association-head")) {
            if (key.length() >= head.length() + 3 && key.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "die Betreibergesellschaft Ostsee Wind GmbH": a common noun for the kind of body, then the body's own name, which
     * a company's suffix ends; the name is the body's. (An acronym after the kind: {@link BodyRuns#organisation}.)
     */
    private NameMention withoutDescriptor(NameMention m) {
        String[] words = m.text().split(" ");
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        String last = words[words.length - 1];
        boolean ownName = lex.words("company-suffix").contains(last.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
        if (!ownName || words.length < 3 || lex.germanGender(first) == 0 || first.endsWith("e") || first.endsWith("en") || first.endsWith("es")) {
            return m; // ("Deutsche Bahn AG": an adjective opens the name; "Beispiel AG": the suffix needs a name before it)
        }
        int start = m.start() + words[0].length() + 1;
        return new NameMention(m.text().substring(words[0].length() + 1), start, m.end(), m.type(), false, m.places());
    }

    /** Every word a form of a German noun (or a noun made of an adjective), none a given name. */
    private boolean nounsOnly(NameMention m) {
        for (String word : m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (word.equals("und") || word.equals("oder")) {
                continue; // "Hotel- und Gastronomie-Zeitung"
            }
            String w = word.endsWith("-") ? word.substring(0, word.length() - 1) : word;
            boolean noun = lex.isGermanNoun(w) || w.contains("-") && lex.mayBeGermanNoun(w.substring(w.lastIndexOf('-') + 1));
            if (!noun || lex.isGivenName(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word German's dictionary lists as a common noun ("Mitte", "Höhe", "Norden", "Koch") names someone or somewhere
     * only on the text's evidence: the surname of a person it names in full, a given name the text never writes
     * after an article ("das Baby"), a surname after a title ("Minister Koch"), a country, or a big town or region the text never writes after an article ("in Essen", not
     * "beim Essen"): by its own name, in a German-speaking country, or right after a preposition of place ("aus
     * Posen"); not "Tage" for the Tagus, or "Mitte", a part of Berlin.
     */
    private boolean nameDespiteNoun(Document doc, NameMention m, Set<String> surnamesInFull, Set<String> afterArticle) {
        return switch (m.type()) {
            case PERSON -> surnamesInFull.contains(m.key()) || lex.isGivenName(m.key()) && !afterArticle.contains(m.key())
                    || m.titled() && lex.isSurname(m.key());
            case LOCATION -> m.places().stream().anyMatch(Gazetteer.Place::isCountry)
                    || !afterArticle.contains(m.key()) && m.places().stream().anyMatch(p -> p.isNotable()
                    && !"PPLX".equals(p.featureCode()) && (p.name().equals(m.text()) || p.countryCode() != null && GERMAN_SPEAKING.contains(p.countryCode())
                        || locatives.contains(Tokens.wordBefore(doc.body, m.start()))));
            default -> true;
        };
    }

    /**
     * "Sänger Max Raabe", "EU-Gesundheitskommissar Marcos Kyprianou", "Außenminister Waszczykowski": the nouns of a
     * role before a German name are not part of it. The name starts at its given name, or after the last title.
     */
    private NameMention withoutRoleNouns(Document doc, NameMention m) {
        List<Tokens.Token> t = Tokens.tokenize(doc.body, m.start(), m.end());
        int from = 0;
        for (int k = 0; k < t.size() - 1; k++) {
            if (lex.isGivenName(t.get(k).lower())) {
                from = k;
                break;
            }
            if (lex.isTitle(t.get(k).lower()) || t.get(k).text().contains("-") && lex.isTitle(t.get(k).lower().substring(t.get(k).lower().lastIndexOf('-') + 1))) {
                from = k + 1;
            }
        }
        // "Richterin Bärbel Stock", "Philologenverbandes Baden-Württemberg Karl-Heinz Wurster": with no known given
        // name, the name is its last two words (or from the particle of "Ursula von der Leyen"), the rest a role.
        if (from == 0 && t.size() >= 3 && !lex.isGivenName(t.get(0).lower())
                && t.stream().noneMatch(x -> lex.words("particle").contains(x.lower()))) {
            from = t.size() - 2;
        }
        if (from == 0 || from >= t.size() || !t.get(from).capitalised()) {
            return m; // (never from a conjunction: "Hotel- und Gastronomie-Zeitung" is one name)
        }
        int start = t.get(from).start();
        return new NameMention(doc.text(start, m.end()), start, m.end(), m.type(), true, m.places());
    }
}
