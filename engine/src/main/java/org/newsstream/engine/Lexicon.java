package org.newsstream.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Word lists the rule-based stages share: speech verbs, pronouns, titles, organisation words, known
 * organisations, boilerplate markers, stopwords, and calendar words (from the JDK's CLDR data).
 * Loaded once from resources under {@code org/newsstream/engine/lexicon/}; all keys are lower case.
 */
public final class Lexicon {
    /** Languages the lexicon covers. */
    public static final List<String> LANGUAGES = List.of("id", "ms", "en", "es", "fr", "de", "pt", "it", "nl");

    /** A speech verb form; {@code pronounBuiltIn} for forms like "ujarnya" or "a-t-il dit". */
    public record Cue(String language, String form, List<String> tokens, boolean pronounBuiltIn) {}

    final Map<String, List<Cue>> cuesByFirstToken = new HashMap<>();
    final Map<String, Set<String>> pronouns = new HashMap<>();
    /** "fr elle" -> 'f': the pronouns that say their referent's gender. */
    private final Map<String, Character> pronounGenders = new HashMap<>();
    /** Given names that the name lists give one gender only: "nadia" -> 'f', "jeroen" -> 'm'. */
    private final Map<String, Character> givenNameGenders = new HashMap<>();
    final Set<String> allPronouns = new HashSet<>();
    final Set<String> titles;
    final List<String> titleSuffixes = new ArrayList<>();
    private final Set<String> portfolioWords = new HashSet<>();
    final Set<String> orgWords;
    /** Endings of German and Dutch compounds that head an organisation's name ("Handelskammer"). */
    final List<String> orgSuffixes = new ArrayList<>();
    final Set<String> placeWords = new HashSet<>();
    final Set<String> adminHeads = new HashSet<>();
    final Set<String> adminTails = new HashSet<>();
    final Map<String, String> organizations = new HashMap<>(); // lower-case alias -> canonical name
    private final List<String> organizationsWithLowercase = new ArrayList<>();
    /** A party's short name or own name, as written -> its own name ("Grünen" -> "Bündnis 90/Die Grünen"). */
    private final Map<String, String> parties = new HashMap<>();
    final List<String> boilerplate;
    final Map<String, Set<String>> stopwords = new HashMap<>();
    final Set<String> allStopwords = new HashSet<>();
    final Set<String> calendar = new HashSet<>();
    final Set<String> givenNames;
    final Set<String> surnames;
    final Set<String> indonesianAreas = new HashSet<>();
    /**
     * German common nouns, every form, lower case; a nominative singular maps to its gender ('m', 'f', 'n'), other forms
     * to 0. Loaded on first use: a stream with no German article pays nothing for them at start-up.
     */
    private volatile Map<String, Character> germanNouns;
    final Map<String, Set<String>> functionWords = new HashMap<>();
    /** The rule-based stages' closed word classes: class -> words (name-words.txt). */
    final Map<String, Set<String>> nameWords = new HashMap<>();
    /** The attribution grammar's closed classes: class -> language -> words (attribution-words.txt). */
    final Map<String, Map<String, Set<String>>> attributionWords = new HashMap<>();
    /** The same, by word class and word: the languages the word is of that class in. */
    private final Map<String, Map<String, List<String>>> attributionIndex = new HashMap<>();

    private static Lexicon instance;

    /** The lexicon shipped with the engine (loaded once per JVM). */
    public static synchronized Lexicon shipped() {
        if (instance == null) {
            instance = new Lexicon();
        }
        return instance;
    }

    private Lexicon() {
        for (String line : lines("speech-verbs.txt")) {
            String[] p = line.split(" ", 2);
            boolean pronoun = p[1].endsWith(" *");
            String form = (pronoun ? p[1].substring(0, p[1].length() - 2) : p[1]).toLowerCase(Locale.ROOT);
            List<String> tokens = Tokens.words(form);
            cuesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                    .add(new Cue(p[0], form, tokens, pronoun));
            if (p[0].equals("de") && tokens.size() == 1 && form.endsWith("t") && !form.endsWith("tet") && form.length() > 4) {
                // "nie müde wurde zu betonen": "zu" and the infinitive of a verb of saying whose present is a cue
                String stem = form.substring(0, form.length() - 1);
                String infinitive = stem.endsWith("er") || stem.endsWith("el") || stem.endsWith("e") ? stem + "n" : stem + "en";
                cuesByFirstToken.computeIfAbsent("zu", k -> new ArrayList<>()).add(new Cue("de", "zu " + infinitive, List.of("zu", infinitive), false));
            }
            if (p[0].equals("de") && tokens.size() == 2 && !pronoun && !tokens.get(1).equals("sich")) {
                // A German subordinate clause writes a separable verb as one word, particle first: "teilte mit" is
                // "…, dass sie mitteilte", "forderte auf" is "in der er aufforderte".
                String joined = tokens.get(1) + tokens.get(0);
                cuesByFirstToken.computeIfAbsent(joined, k -> new ArrayList<>()).add(new Cue("de", joined, List.of(joined), false));
            }
        }
        // Longest forms first, so "a-t-il dit" wins over "dit".
        cuesByFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        for (String line : lines("pronouns.txt")) {
            String[] p = line.split(" ");
            pronouns.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
            allPronouns.add(p[1]);
            if (p.length > 2) {
                pronounGenders.put(p[0] + " " + p[1], p[2].charAt(0));
            }
        }
        titles = new HashSet<>();
        for (String t : lines("titles.txt")) {
            if (t.startsWith("-")) {
                titleSuffixes.add(t.substring(1));
            } else if (t.startsWith("+")) {
                titles.add(t.substring(1));
                portfolioWords.add(t.substring(1));
            } else {
                titles.add(t);
            }
        }
        orgWords = new HashSet<>();
        for (String line : lines("org-words.txt")) {
            for (String w : line.split(" ")) {
                if (w.startsWith("-")) {
                    orgSuffixes.add(w.substring(1));
                } else {
                    orgWords.add(w);
                }
            }
        }
        for (String w : lines("place-words.txt")) {
            String word = w.replaceFirst(" =>?$", "");
            placeWords.add(word);
            if (w.endsWith(" =")) {
                adminHeads.add(word);
            } else if (w.endsWith(" =>")) {
                adminTails.add(word);
            }
        }
        for (String line : lines("organizations.txt")) {
            String[] p = line.split(" = ", 2);
            String name = p[0].trim();
            organizations.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (name.contains(" ") && java.util.Arrays.stream(name.split(" ")).anyMatch(w -> Character.isLowerCase(w.charAt(0)))) {
                organizationsWithLowercase.add(name);
            }
        }
        for (String line : lines("parties.txt")) {
            String[] p = line.split(" = ", 2);
            parties.put(p[0].trim(), p[0].trim());
            for (String alias : p.length > 1 ? p[1].split(",") : new String[0]) {
                parties.put(alias.trim(), p[0].trim());
            }
        }
        boilerplate = lines("boilerplate.txt");
        givenNames = new HashSet<>(lines("given-names.txt.gz"));
        for (String line : lines("given-name-genders.txt.gz")) {
            int space = line.indexOf(' ');
            givenNameGenders.put(line.substring(0, space), line.charAt(space + 1));
        }
        surnames = new HashSet<>(lines("surnames.txt.gz"));
        for (String area : lines("id-areas.txt.gz")) {
            indonesianAreas.add(Tokens.key(area));
        }
        for (String line : lines("function-words.txt.gz")) {
            String[] p = line.split(" ");
            functionWords.put(p[0], new HashSet<>(List.of(p).subList(1, p.length)));
        }
        for (String line : lines("name-words.txt")) {
            String[] p = line.split(" ");
            nameWords.put(p[0], Set.copyOf(Arrays.asList(p).subList(1, p.length))); // a word listed twice is one word
        }
        for (String line : lines("attribution-words.txt")) {
            String[] p = line.split(" ");
            attributionWords.computeIfAbsent(p[0], k -> new HashMap<>())
                    .computeIfAbsent(p[1], k -> new HashSet<>()).addAll(List.of(p).subList(2, p.length));
        }
        attributionWords.forEach((wordClass, byLanguage) -> byLanguage.forEach((language, words) -> words.forEach(w ->
                attributionIndex.computeIfAbsent(wordClass, k -> new HashMap<>()).computeIfAbsent(w, k -> new ArrayList<>()).add(language))));
        for (String line : lines("stopwords.txt")) {
            String[] p = line.split(" ");
            Set<String> set = stopwords.computeIfAbsent(p[0], k -> new HashSet<>());
            for (int i = 1; i < p.length; i++) {
                set.add(p[i]);
                allStopwords.add(p[i]);
            }
        }
        for (String lang : LANGUAGES) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(Locale.forLanguageTag(lang));
            for (String[] words : List.of(s.getWeekdays(), s.getShortWeekdays(), s.getMonths(), s.getShortMonths())) {
                for (String w : words) {
                    String c = w == null ? "" : w.toLowerCase(Locale.ROOT).replace(".", "");
                    if (c.length() >= 3) { // "Mo." (Montag) is also a name: "Mo Elleithee"
                        calendar.add(c);
                    }
                }
            }
        }
    }

    public boolean isStopword(String lowerWord) {
        return allStopwords.contains(lowerWord) || calendar.contains(lowerWord) || allPronouns.contains(lowerWord);
    }

    /** A function word of the given language (or a calendar word or pronoun of any). */
    public boolean isStopword(String lowerWord, String language) {
        // Not the three-letter abbreviations of months and days: "Jan" is a given name, "Mar" the sea in "Instituto
        // Português do Mar", "Dom" a title.
        return stopwords(language).contains(lowerWord) || stopwords("xx").contains(lowerWord)
                || lowerWord.length() > 3 && calendar.contains(lowerWord) || allPronouns.contains(lowerWord);
    }

    /**
     * The answers for words already asked about: titles and organisation words are asked for every token by every
     * stage, and their suffix rules cost a loop each time. Bounded: past the limit, new words are worked out again.
     */
    private static final int MEMO_LIMIT = 200_000;
    private final Map<String, Boolean> titleMemo = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> orgWordMemo = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean memo(Map<String, Boolean> memo, String word, java.util.function.Predicate<String> rule) {
        Boolean known = memo.get(word);
        if (known == null) {
            known = rule.test(word);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(word, known);
            }
        }
        return known;
    }

    /** A title word that names a portfolio ("perdagangan", "foreign", "affairs"): it continues a title or a body's name. */
    public boolean isPortfolio(String lowerWord) {
        return portfolioWords.contains(lowerWord);
    }

    public boolean isTitle(String lowerWord) {
        return memo(titleMemo, lowerWord, this::titleByRules);
    }

    private boolean titleByRules(String lowerWord) {
        String w = lowerWord.replace(".", "");
        // Indonesian and Malay possessives: "wakilnya" (his deputy), "ayahnya" (her father)
        if (titles.contains(w) || (w.endsWith("nya") && w.length() > 5 && titles.contains(w.substring(0, w.length() - 3)))) {
            return true;
        }
        for (String suffix : titleSuffixes) {
            if (lowerWord.endsWith(suffix)) {
                return true;
            }
        }
        // German weak nouns take "-en" in every case but the nominative: "dem Präsidenten", "des Kandidaten"; nouns
        // made of adjectives take "-n": "des Abgeordneten", "der Vorsitzenden"
        return w.length() > 7 && w.endsWith("en") && (titles.contains(w.substring(0, w.length() - 2)) || titles.contains(w.substring(0, w.length() - 1)));
    }

    /**
     * German genitive of a name ("Alaskas", "Südafrikas", "Merkels"): the word without its "s", or null. A given name
     * ending in "s" ("Klaus") is no genitive.
     */
    public String germanGenitiveOwner(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return word.length() >= 5 && lower.endsWith("s") && !isGivenName(lower) ? word.substring(0, word.length() - 1) : null;
    }

    /** An administrative word before a name ("Kabupaten Sragen") or after it ("Riau Province"): located where the name is. */
    public boolean isAdminWord(String lowerWord, boolean beforeName) {
        return (beforeName ? adminHeads : adminTails).contains(lowerWord);
    }

    public boolean isPlaceWord(String lowerWord) {
        return placeWords.contains(lowerWord);
    }

    /** A place word, or one of this language alone (name-words.txt "place-word-it": "via Roma", not "via London"). */
    public boolean isPlaceWord(String lowerWord, String language) {
        return placeWords.contains(lowerWord) || nameWords.getOrDefault("place-word-" + language, Set.of()).contains(lowerWord);
    }

    public boolean isOrgWord(String lowerWord) {
        return memo(orgWordMemo, lowerWord, this::orgWordByRules);
    }

    private boolean orgWordByRules(String lowerWord) {
        if (orgWords.contains(lowerWord)) {
            return true;
        }
        String nominative = germanGenitiveNoun(lowerWord);
        if (nominative != null && orgWordByRules(nominative)) {
            return true; // "des Verbandes", "des Landesamts"
        }
        for (String suffix : orgSuffixes) {
            if (lowerWord.length() >= suffix.length() + 3 && lowerWord.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The well-known organisations whose names hold a word in lower case ("Union européenne"). */
    public List<String> organizationsWithLowercaseWords() {
        return organizationsWithLowercase;
    }

    /** A party's own name for its short name or own name as written ("Grünen" -> "Bündnis 90/Die Grünen"), or null. */
    public String partyName(String written) {
        return parties.get(written);
    }

    /** A party's name, or a name that opens with one ("Bündnis 90/Die Grünen Baden-Württemberg", "SPD Bayern"). */
    public boolean isParty(String name) {
        for (int space = name.indexOf(' '); ; space = name.indexOf(' ', space + 1)) {
            if (parties.containsKey(space < 0 ? name : name.substring(0, space))) {
                return true;
            }
            if (space < 0) {
                return false;
            }
        }
    }

    /** Canonical name of a well-known organisation, or null. */
    public String organization(String name) {
        String canonical = organizations.get(name.toLowerCase(Locale.ROOT));
        // An acronym must be written as one: "UN" is the United Nations, "Un" is part of "Kim Jong Un".
        if (canonical != null && canonical.equals(canonical.toUpperCase(Locale.ROOT)) && !name.equals(canonical)) {
            return null;
        }
        return canonical;
    }

    /**
     * A given name in some language ("maria", "budi", "jürgen"): evidence that a capitalised phrase it opens is a
     * person. Never a function word, title or organisation word ("may" is a month before it is a name).
     */
    public boolean isGivenName(String lowerWord) {
        return givenNames.contains(lowerWord) && !isStopword(lowerWord) && !isTitle(lowerWord) && !isOrgWord(lowerWord)
                && !placeWords.contains(lowerWord);
    }

    /** Indonesian and Malay nouns made with the confixes ke-…-an, per-…-an, pe(N)-…-an. */
    private static final java.util.regex.Pattern CONFIX_NOUN = java.util.regex.Pattern.compile("(ke|per|pe|pen|pem|peng|peny)\\p{L}{3,}an");

    /**
     * An Indonesian or Malay abstract noun of a confix ("pertanian", "kesihatan", "pendidikan", "keterjaminan"): the
     * portfolio of a post ("Menteri Pertanian") or a body, never a person's name.
     */
    public boolean isConfixNoun(String lowerWord) {
        return lowerWord.length() >= 8 && CONFIX_NOUN.matcher(lowerWord).matches() && !givenNames.contains(lowerWord)
                && !surnames.contains(lowerWord);
    }

    /**
     * "Menteri Koordinator Perekonomian Airlangga Hartarto": in Indonesian and Malay a name whose first word after its
     * titles is a confix noun names a post's portfolio, and the holder starts at the next given name or surname.
     * The index of that word; {@code words.size()} when no holder follows ("Pembebasan Bersyarat"); -1 when the words
     * are no post with a portfolio.
     */
    public int holderAfterPortfolio(List<String> lowerWords, String language) {
        if (!(language.equals("id") || language.equals("ms"))) {
            return -1;
        }
        int k = 0;
        while (k < lowerWords.size() && isTitle(lowerWords.get(k))) {
            k++;
        }
        if (k >= lowerWords.size() || !isConfixNoun(lowerWords.get(k))) {
            return -1;
        }
        for (int j = k + 1; j < lowerWords.size(); j++) {
            String w = lowerWords.get(j);
            if ((isGivenName(w) || isSurname(w)) && !isConfixNoun(w)) {
                return j;
            }
        }
        return lowerWords.size();
    }

    /** 'm' or 'f' for a given name listed with one gender only, else 0 ("andrea" is a man's name in Italy). */
    public char givenNameGender(String lowerWord) {
        Character g = givenNameGenders.get(lowerWord);
        return g == null ? 0 : g;
    }

    /** 'm' or 'f' for a subject pronoun that says its referent's gender in this language ("elle", "sie"), else 0. */
    public char pronounGender(String lowerWord, String language) {
        Character g = pronounGenders.get(language + " " + lowerWord);
        return g == null ? 0 : g;
    }

    /**
     * A noun that names some body, not which ("die Behörde", "the company"), in {@link Tokens#key} form; in German and
     * Dutch also a compound that ends in one ("die Polizeibehörde", "het energiebedrijf").
     */
    public boolean isGenericBodyNoun(String key, String language) {
        Set<String> nouns = words("generic-body-noun");
        if (nouns.contains(key)) {
            return true;
        }
        if (language.equals("de") || language.equals("nl")) {
            for (int i = 3; i + 5 <= key.length(); i++) { // (a tail of five letters or more: "Dokumente" has no "ente")
                if (nouns.contains(key.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<String, Character> germanNouns() {
        Map<String, Character> nouns = germanNouns;
        if (nouns == null) {
            synchronized (this) {
                nouns = germanNouns;
                if (nouns == null) {
                    nouns = new HashMap<>(200_000);
                    for (String line : lines("german-nouns.txt.gz")) {
                        int space = line.indexOf(' ');
                        nouns.put(space < 0 ? line : line.substring(0, space), space < 0 ? (char) 0 : line.charAt(space + 1));
                    }
                    germanNouns = nouns;
                }
            }
        }
        return nouns;
    }

    /**
     * A form of a German common noun ("mitte", "höhe", "kundinnen"): German capitalises every noun, so such a word is
     * a name only on other evidence.
     */
    public boolean isGermanNoun(String lowerWord) {
        return germanNouns().containsKey(lowerWord);
    }

    /**
     * A German noun for a person by what they do or are: a masculine with a feminine in -in ("architekt",
     * "Architektin"), or an agent in -er of a verb ("bauer" of "bauen"); also that feminine, and a compound ending in
     * one ("betonbauer").
     */
    public boolean isGermanPersonNoun(String lowerWord) {
        for (int i = 0; i + 4 <= lowerWord.length(); i = i == 0 ? 3 : i + 1) {
            String w = i == 0 ? lowerWord : lowerWord.substring(i);
            char g = germanNouns().getOrDefault(w, (char) 0);
            if (w.endsWith("in") && g == 'f' && germanNouns().getOrDefault(w.substring(0, w.length() - 2), (char) 0) == 'm'
                    || g == 'm' && (germanNouns().containsKey(w + "in") || w.endsWith("er") && germanNouns().containsKey(w.substring(0, w.length() - 2) + "en"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nominative of a German masculine or neuter noun in the genitive singular ("verbandes" -> "verband",
     * "landesamts" -> "landesamt"), or null when the word is not one.
     */
    public String germanGenitiveNoun(String lowerWord) {
        for (String ending : List.of("es", "s")) {
            if (lowerWord.length() > ending.length() + 3 && lowerWord.endsWith(ending)) {
                String bare = lowerWord.substring(0, lowerWord.length() - ending.length());
                char g = germanGender(bare);
                if ((g == 'm' || g == 'n') && isGermanNoun(lowerWord)) {
                    return bare;
                }
            }
        }
        return null;
    }

    /**
     * A German noun or a compound whose last part (of four letters or more) is one ("schadensersatzbetrag"). Many
     * names end like a noun too ("Hamburg"): this says the word could be a noun, not that it is no name.
     */
    public boolean mayBeGermanNoun(String lowerWord) {
        for (int i = 0; i + 4 <= lowerWord.length(); i = i == 0 ? 3 : i + 1) {
            if (germanNouns().containsKey(i == 0 ? lowerWord : lowerWord.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gender of a German noun's nominative singular ('m', 'f' or 'n'; "bund" -> 'm'), or 0 for another form or no
     * noun. A compound takes its last part's ("fußball-bund", "landeskriminalamt").
     */
    public char germanGender(String lowerWord) {
        for (int i = 0; i + 3 <= lowerWord.length(); i++) {
            Character g = germanNouns().get(i == 0 ? lowerWord : lowerWord.substring(i));
            if (g != null && g != 0) {
                return g;
            }
            if (i == 0 && g != null) {
                return 0; // a form of its own that is no nominative singular ("bundes")
            }
        }
        return 0;
    }

    /** The name of an Indonesian province, regency, district or village ({@link Tokens#key} form): "tegalrejo". */
    public boolean isIndonesianArea(String key) {
        return indonesianAreas.contains(key) && !givenNames.contains(key) && !surnames.contains(key) && !isStopword(key);
    }

    /** A surname in some language ("conway", "santoso"), on the same terms as {@link #isGivenName}. */
    public boolean isSurname(String lowerWord) {
        return surnames.contains(lowerWord) && !isStopword(lowerWord) && !isTitle(lowerWord) && !isOrgWord(lowerWord)
                && !placeWords.contains(lowerWord);
    }

    /**
     * A word of the long function-word list of the language (any language when it is "und"): "maka", "bila",
     * "however". Not the short list that cuts names apart, since it holds "baru" ("Selandia Baru") and "luar"
     * ("Menteri Luar Negeri"); used where a word stands alone or opens a sentence.
     */
    public boolean isFunctionWord(String lowerWord, String language) {
        boolean listed = language.equals("und")
                ? functionWords.values().stream().anyMatch(s -> s.contains(lowerWord))
                : functionWords.getOrDefault(language, Set.of()).contains(lowerWord);
        return (listed || isStopword(lowerWord, language)) && !givenNames.contains(lowerWord) && !isTitle(lowerWord)
                && !isOrgWord(lowerWord) && !placeWords.contains(lowerWord);
    }

    /** The words of one of the closed classes in name-words.txt ("particle", "locative", ...). */
    public Set<String> words(String wordClass) {
        Set<String> words = nameWords.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class '" + wordClass + "' in name-words.txt");
        }
        return words;
    }

    /** A word of one of the attribution grammar's classes (det, aux, of, adjunct, statement, ...) in one of the languages. */
    public boolean isAttributionWord(String wordClass, String lowerWord, Set<String> languages) {
        // (asked for nearly every token by the attribution grammar: one look-up of the word, then its languages)
        List<String> of = attributionIndex.getOrDefault(wordClass, Map.of()).get(lowerWord);
        if (of != null) {
            for (String language : of) {
                if (languages.contains(language)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A subject pronoun of one of these languages ("il" is French, not the Italian article). */
    public boolean isPronoun(String lowerWord, Set<String> languages) {
        for (String language : languages) {
            if (pronouns.getOrDefault(language, Set.of()).contains(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPronoun(String lowerWord) {
        return allPronouns.contains(lowerWord);
    }

    /** True when a line of page text contains a boilerplate marker. */
    public boolean hasBoilerplateMarker(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String m : boilerplate) {
            if (l.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** Speech-verb forms starting at the given lower-case token, longest first (empty when none). */
    public List<Cue> cuesStartingWith(String lowerToken) {
        return cuesByFirstToken.getOrDefault(lowerToken, List.of());
    }

    /**
     * The longest speech-verb form that starts at token i and is whole there ("dalam pernyataan", not the "Dalam" of
     * "Dalam Negeri"), among those {@code allowed}; null when none.
     */
    public Cue cueAt(List<Tokens.Token> tokens, int i, Predicate<Cue> allowed) {
        for (Cue cue : cuesStartingWith(tokens.get(i).lower())) {
            int n = cue.tokens().size();
            boolean match = i + n <= tokens.size() && allowed.test(cue);
            for (int k = 1; k < n && match; k++) {
                match = tokens.get(i + k).lower().equals(cue.tokens().get(k));
            }
            if (match) {
                return cue;
            }
        }
        return null;
    }

    Set<String> stopwords(String lang) {
        return stopwords.getOrDefault(lang, Set.of());
    }

    /** The function words of each language we claim, alone: what language detection needs, without the rest. */
    public static Map<String, Set<String>> shippedStopwords() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines("stopwords.txt")) {
            String[] p = line.split(" ");
            if (LANGUAGES.contains(p[0])) {
                out.computeIfAbsent(p[0], k -> new HashSet<>()).addAll(List.of(p).subList(1, p.length));
            }
        }
        return out;
    }

    private static List<String> lines(String name) {
        String path = "/org/newsstream/engine/lexicon/" + name;
        try (InputStream raw = Lexicon.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(name.equals("organizations.txt") || name.equals("parties.txt") ? line : line.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
