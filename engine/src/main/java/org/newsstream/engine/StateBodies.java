package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * News names a state's bodies by the state's adjective: "die syrische Regierung", "de Nederlandse regering", "the
 * Israeli military". Each names one body, though no word of it but the adjective may be capitalised.
 * <ul>
 *   <li>German writes the adjective in lower case and the noun with a capital ("der baden-württembergischen
 *   Landesregierung", "die bayerische SPD"). A Land's body is styled as its own name is, with the Land after it
 *   ("Landesregierung Baden-Württemberg", "SPD Bayern"); a country's keeps its adjective ("syrische Regierung"). In a
 *   story about one Land's government, a ministry named alone ("das Innenministerium") is that Land's.</li>
 *   <li>Dutch and English capitalise the adjective (they capitalise adjectives made of names only) and not the noun:
 *   "de Belgische politie", "the Chinese embassy". The name is the two words.</li>
 * </ul>
 */
final class StateBodies {
    /** An article, perhaps another adjective, an adjective in -isch, then a capitalised noun. */
    private static final Pattern ADJECTIVE_BODY = Pattern.compile(
            "(?<![\\p{L}])(?i:der|die|das|den|dem|des)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}[\\p{Ll}-]*sch(?:e|en|er|es|em))\\s+(\\p{Lu}[\\p{L}-]*)(?![\\p{L}-])");
    /** A ministry named alone after an article ("das Innenministerium", "des Kultusministeriums"). */
    private static final Pattern BARE_MINISTRY = Pattern.compile(
            "(?<![\\p{L}])(?i:der|die|das|dem|des)\\s+(\\p{Lu}\\p{Ll}*ministeriums?)(?![\\p{L}-])");
    /** A party by its short name after an article ("die Grünen", "der Linken"). */
    private static final Pattern BARE_PARTY = Pattern.compile("(?<![\\p{L}])(?i:der|die|den)\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");
    /** An umlaut in the stem's last vowel group: "sächs", "thailänd", not "württemberg". */
    private static final Pattern LAST_SYLLABLE_UMLAUT = Pattern.compile("[äöü][^aeiouäöüy]*$");
    /** Dutch and English: an article, a capitalised adjective made of a name, then a lower-case noun. */
    private static final Pattern NAME_ADJECTIVE_BODY = Pattern.compile(
            "(?<![\\p{L}])((?:de|het|De|Het|the|The)\\s+)?(\\p{Lu}\\p{Ll}+(?:se|sche|ian|ese|ish|i|an|ch))\\s+(\\p{Ll}+)(?![\\p{L}-])");
    /** Countries whose first-level regions are Länder or cantons, styled with the region after the body. */
    private static final java.util.Set<String> LAND_COUNTRIES = java.util.Set.of("DE", "AT", "CH");

    private final Lexicon lex;
    private final Supplier<Gazetteer> gazetteer;

    StateBodies(Lexicon lexicon, Supplier<Gazetteer> gazetteer) {
        this.lex = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The place an adjective names, as the gazetteer knows it, and whether it is a Land (or canton). */
    record State(String name, boolean land) {}

    /**
     * The bodies named by a state's adjective, and the ministries named alone in a story about one Land, added to
     * what was found; a name found inside one of them gives way to it ("Polizei" of "die sächsische Polizei").
     */
    List<NameMention> apply(Document doc, List<NameMention> found) {
        List<NameMention> bodies = switch (doc.language) {
            case "de" -> germanBodies(doc);
            case "nl", "en" -> adjectiveBeforeNoun(doc);
            default -> List.of();
        };
        if (bodies.isEmpty()) {
            return found;
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention f : found) {
            // (the place of "the Israeli military" stays: its adjective points at the country, as geoparsing counts it)
            if (f.type() == EntityType.LOCATION && !doc.language.equals("de") || bodies.stream().noneMatch(b -> b.start() < f.end() && f.start() < b.end())) {
                out.add(f);
            }
        }
        out.addAll(bodies);
        out.sort(java.util.Comparator.comparingInt(NameMention::start));
        return out;
    }

    /** "de Nederlandse regering", "the Syrian government": a state's body, when the noun is one ({@code state-body-noun}). */
    private List<NameMention> adjectiveBeforeNoun(Document doc) {
        List<NameMention> bodies = new ArrayList<>();
        Matcher a = NAME_ADJECTIVE_BODY.matcher(doc.body);
        while (a.find()) {
            String noun = a.group(3);
            // with no article, only the plural names a body ("Chinese authorities said"; not "British army veteran")
            boolean named = a.group(1) != null || noun.equals("authorities") || noun.equals("autoriteiten");
            if (named && lex.words("state-body-noun").contains(noun)) {
                bodies.add(new NameMention(doc.text(a.start(2), a.end(3)), a.start(2), a.end(3), EntityType.ORGANIZATION, false, List.of()));
            }
        }
        return bodies;
    }

    private List<NameMention> germanBodies(Document doc) {
        List<NameMention> bodies = new ArrayList<>();
        Matcher a = ADJECTIVE_BODY.matcher(doc.body);
        while (a.find()) {
            if (stateBody(a.group(2)) && state(a.group(1)) != null) {
                bodies.add(new NameMention(doc.text(a.start(1), a.end(2)), a.start(1), a.end(2), EntityType.ORGANIZATION, false, List.of()));
            }
        }
        Matcher p = BARE_PARTY.matcher(doc.body);
        while (p.find()) {
            if (lex.partyName(p.group(1)) != null && !RuleBasedEntityRecognizer.isAcronym(p.group(1))) {
                bodies.add(new NameMention(p.group(1), p.start(1), p.end(1), EntityType.ORGANIZATION, false, List.of()));
            }
        }
        if (soleLand(doc, null) != null) {
            Matcher m = BARE_MINISTRY.matcher(doc.body);
            while (m.find()) {
                int next = m.end(1);
                while (next < doc.body.length() && doc.body.charAt(next) == ' ') {
                    next++;
                }
                // "das Innenministerium Sachsen": the text names whose it is
                boolean named = next > m.end(1) && next < doc.body.length() && Character.isUpperCase(doc.body.charAt(next));
                if (!named && !m.group(1).startsWith("Bundes")) {
                    bodies.add(new NameMention(m.group(1), m.start(1), m.end(1), EntityType.ORGANIZATION, false, List.of()));
                }
            }
        }
        return bodies;
    }

    /**
     * The nominative name of a body this class found, or null for any other: "Landesregierung Baden-Württemberg" for
     * "der baden-württembergischen Landesregierung", "Innenministerium Baden-Württemberg" for a bare ministry in a
     * story about that Land. A country's body is left to {@link GermanNominative}, whose adjectives are its.
     */
    String landName(Document doc, String[] words) {
        if (words.length == 2 && Character.isLowerCase(words[0].charAt(0))) {
            State s = state(words[0]);
            return s != null && s.land() ? nominativeNoun(words[1]) + " " + s.name() : null;
        }
        String party = words.length == 1 ? lex.partyName(words[0]) : null;
        if (party != null) {
            // "die Grünen" in a story about "die baden-württembergischen Grünen": that Land's party
            String land = soleLand(doc, party);
            return land == null ? party : party + " " + land;
        }
        if (words.length == 1 && BARE_MINISTRY.matcher("das " + words[0]).matches()) {
            String land = soleLand(doc, null);
            return land == null ? null : nominativeNoun(words[0]) + " " + land;
        }
        return null;
    }

    /** "Innenministeriums" -> "Innenministerium"; a party's short name -> the party's own ("Grünen" -> "Bündnis 90/Die Grünen"). */
    private String nominativeNoun(String noun) {
        String party = lex.partyName(noun);
        if (party != null) {
            return party;
        }
        String lower = noun.toLowerCase(Locale.ROOT);
        for (String ending : List.of("es", "s")) {
            // a masculine or neuter compound's genitive, whether or not the noun list holds the compound
            String bare = lower.substring(0, Math.max(0, lower.length() - ending.length()));
            char gender = lower.endsWith(ending) && bare.length() >= 3 ? lex.germanGender(bare) : 0;
            if (gender == 'm' || gender == 'n') {
                return noun.substring(0, bare.length());
            }
        }
        return noun;
    }

    /**
     * The one Land whose bodies (or, given a party's own name, whose branch of that party) the article names by its
     * adjective, or null (none, or several).
     */
    private String soleLand(Document doc, String party) {
        String land = null;
        Matcher a = ADJECTIVE_BODY.matcher(doc.body);
        while (a.find()) {
            boolean body = party == null ? stateBody(a.group(2)) : party.equals(lex.partyName(a.group(2)));
            State s = body ? state(a.group(1)) : null;
            if (s != null && s.land()) {
                if (land != null && !land.equals(s.name())) {
                    return null;
                }
                land = s.name();
            }
        }
        return land;
    }

    /** A government, ministry, police, army, prosecutors, parliament or party: the bodies a state's adjective names. */
    private boolean stateBody(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lex.partyName(noun) != null || RuleBasedEntityRecognizer.isAcronym(noun)) {
            return true; // "die bayerische SPD", "die baden-württembergischen Grünen"
        }
        // a compound's genitive the noun list may not hold: "des hessischen Wirtschaftsministeriums"
        return lex.words("state-body-head").stream().anyMatch(h -> lower.endsWith(h) || lower.endsWith(h + "s") || lower.endsWith(h + "es"));
    }

    /**
     * The country or first-level region an adjective in -isch is made from, or null: German forms it from the name,
     * which may lose its ending ("syrisch" from Syrien, "hessisch" from Hessen, "thailändisch" from Thailand,
     * "sudanesisch" from Sudan).
     */
    State state(String adjective) {
        String lower = adjective.toLowerCase(Locale.ROOT);
        String stem = lower.replaceFirst("isch(e|en|er|es|em)?$", "");
        if (stem.equals(lower)) {
            // "deutsch" (Deutschland): the one country whose adjective ends in -sch without the i
            stem = lower.replaceFirst("(e|en|er|es|em)$", "");
            return stem.equals("deutsch") ? new State("Deutschland", false) : null;
        }
        if (lex.words("country-adjective-stem").contains(stem)) {
            return new State(stem, false); // "französisch", "britisch": a country's, though not made from its German name
        }
        if (stem.length() < 3) {
            return null;
        }
        List<String> stems = new ArrayList<>(List.of(stem));
        if (stem.endsWith("an") && stem.length() > 5) {
            stems.add(stem.substring(0, stem.length() - 2)); // "amerikan-", "mexikan-", "brasilian-": a demonym's -an-
        }
        if (stem.endsWith("es") || stem.endsWith("er")) {
            stems.add(stem.substring(0, stem.length() - 2)); // "sudanes-", "chines-", "schweizer-": a demonym's -es-, -er-
        }
        if (stem.endsWith("en") && stem.length() > 4) {
            stems.add(stem.substring(0, stem.length() - 1)); // "chilen-" from Chile
        }
        if (stem.endsWith("n") && stem.length() > 3 && "aeiouäöü".indexOf(stem.charAt(stem.length() - 2)) < 0) {
            stems.add(stem.substring(0, stem.length() - 1) + "en"); // "poln-" from Polen
        }
        String plain = stem.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
        if (!plain.equals(stem)) {
            // "thailänd-", "sächs-": -isch puts an umlaut on the name's last syllable ("Sachsen"); an umlaut before it is
            // the name's own ("baden-württemberg-"). The gazetteer compares names without accents, so the order decides.
            boolean lastSyllable = LAST_SYLLABLE_UMLAUT.matcher(stem).find();
            stems.add(lastSyllable ? 0 : stems.size(), plain);
        }
        Gazetteer gaz = gazetteer.get();
        for (String s : stems) {
            for (String ending : List.of("", "en", "ien", "n", "a", "e", "ia", "o", "land", "enland", "istan", "stan", "ei")) {
                String name = capitalised(s + ending);
                for (Gazetteer.Place p : gaz.lookup(name)) {
                    boolean land = "ADM1".equals(p.featureCode()) && LAND_COUNTRIES.contains(p.countryCode());
                    if (p.isCountry() || land) {
                        return new State(name, land);
                    }
                }
            }
        }
        return null;
    }

    /** "baden-württemberg" -> "Baden-Württemberg". */
    private static String capitalised(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char ch : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == '-';
        }
        return out.toString();
    }
}
