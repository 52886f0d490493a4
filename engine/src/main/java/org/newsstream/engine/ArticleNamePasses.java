package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * Passes over all the names of one article, after each capitalised run has been typed on its own: lists share a
 * type, lower-case place words join the place after them, acronyms take the type of their expansion, and names
 * in title-case headings count only when the text uses them too.
 */
final class ArticleNamePasses {
    /** An acronym in brackets right after a name ("Amerika Serikat (AS)"): what places and bodies, not people, get. */
    static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d-]{1,9})\\)");

    private final Lexicon lex;
    private final Gazetteer gaz;

    /**
     * The run is spelled out right before its acronym: "Keluarga Berencana Nasional (BKKBN)". "Jonas Albrecht (SPD)"
     * is not: letters that are not the run's initials are the party or the body someone belongs to. A given name
     * and a surname stay a person's unless the letters are exactly their initials ("Sven Petersen (SPD)").
     */
    static boolean spelledOutBeforeAcronym(Document doc, int start, int end, boolean personLike) {
        Matcher a = ACRONYM_AFTER.matcher(doc.body).region(end, doc.body.length());
        if (!a.lookingAt()) {
            return false;
        }
        String name = doc.body.substring(start, end);
        return personLike ? Coreference.initialsAre(name, a.group(1)) : Coreference.initialsSpell(name, a.group(1));
    }

    ArticleNamePasses(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.gaz = gazetteer;
    }

    /** Between two items of a list: a comma, a conjunction, or both ("Mason, Gilmour dan Wright"). */
    private static final Pattern LIST_GAP = Pattern.compile(
            "\\s*(,|,?\\s*(dan|serta|atau|and|or|&|y|o|e|et|ou|und|oder|en|of)\\s)\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * Items of one list are of one kind: a name the rules could not type ({@code OTHER}, or a lone word left over)
     * takes the type of a typed neighbour in a list ("Serma Hartono, Koptu Dominicus Poin, dan Pratu Sunardi";
     * "Ngongotaha, Fairy Springs, Selwyn Heights"), and passes it on along the list.
     */
    void typeThroughLists(Document doc, List<NameMention> found, List<NameMention> leftovers) {
        List<NameMention> items = new ArrayList<>(found);
        items.addAll(leftovers); // lone words no rule typed: typed only through a list
        items.sort((a, b) -> Integer.compare(a.start(), b.start()));
        EntityType[] type = items.stream().map(NameMention::type).toArray(EntityType[]::new);
        // A list has three items or a conjunction; two names with a comma between are an apposition ("ministre
        // de l'Intérieur, Gérald Martin,"), which says nothing of their kinds.
        boolean[] inList = new boolean[items.size()];
        for (int i = 0; i < items.size(); ) {
            int j = i;
            boolean conjunction = false;
            while (j + 1 < items.size() && listed(doc, items.get(j), items.get(j + 1))) {
                conjunction |= !doc.body.substring(items.get(j).end(), items.get(j + 1).start()).strip().equals(",");
                j++;
            }
            if (j - i + 1 >= 3 || conjunction) {
                for (int k = i; k <= j; k++) {
                    inList[k] = true;
                }
            }
            i = j + 1;
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < items.size(); i++) {
                if (type[i] != EntityType.OTHER) {
                    continue;
                }
                if (!inList[i]) {
                    continue;
                }
                EntityType before = i > 0 && listed(doc, items.get(i - 1), items.get(i)) ? type[i - 1] : EntityType.OTHER;
                EntityType after = i + 1 < items.size() && listed(doc, items.get(i), items.get(i + 1)) ? type[i + 1] : EntityType.OTHER;
                EntityType t = before != EntityType.OTHER ? before : after;
                if (t != EntityType.OTHER) {
                    type[i] = t;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            NameMention m = items.get(i);
            if (type[i] == m.type()) {
                continue;
            }
            found.remove(m);
            List<Gazetteer.Place> places = type[i] == EntityType.LOCATION ? gaz.lookup(m.text()) : List.of();
            found.add(new NameMention(m.text(), m.start(), m.end(), type[i], false, places));
        }
    }

    /**
     * A lone capitalised word no rule typed that names a town of the country the story is about (two of its places
     * or more are there) is that town: "Portimão e Aljezur estudam medidas" in a story from the Algarve. Not for
     * German, where such words are as often nouns.
     */
    void townsOfTheStorysCountry(List<NameMention> found, List<NameMention> leftovers) {
        Map<String, Integer> votes = new HashMap<>();
        for (NameMention m : found) {
            if (m.type() == EntityType.LOCATION && !m.places().isEmpty()) {
                // each place votes for every country it could be in ("Lagos": Portugal or Nigeria)
                m.places().stream().map(Gazetteer.Place::countryCode).filter(java.util.Objects::nonNull).distinct()
                        .forEach(cc -> votes.merge(cc, 1, Integer::sum));
            }
        }
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        if (most < 2 || leaders.size() != 1) {
            return; // no one country the story is about
        }
        String country = leaders.get(0);
        Set<Integer> taken = new HashSet<>();
        found.forEach(m -> taken.add(m.start()));
        for (NameMention m : leftovers) {
            if (taken.contains(m.start()) || m.text().length() < 4) {
                continue;
            }
            List<Gazetteer.Place> towns = gaz.lookup(m.text()).stream()
                    .filter(p -> p.kind().equals("city") && country.equals(p.countryCode())).toList();
            if (!towns.isEmpty()) {
                found.add(new NameMention(m.text(), m.start(), m.end(), EntityType.LOCATION, false, towns));
            }
        }
    }

    /** The lower-case word right before a place name: "desa", "kota", "pulau", "selat". */
    private static final Pattern HEAD_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Ll}+) $");

    /**
     * "desa Karangploso", "pulau Belitung", "river Thames": news often writes the place word in lower case; it
     * still belongs to the name (as in "Kabupaten Sragen"), except in "ibu kota" (capital city).
     */
    void includeLowercasePlaceWords(Document doc, List<NameMention> found) {
        for (int i = 0; i < found.size(); i++) {
            NameMention m = found.get(i);
            boolean person = m.type() == EntityType.PERSON;
            if (m.type() != EntityType.LOCATION && !person || lex.isPlaceWord(Tokens.key(m.text()).split(" ")[0])) {
                continue;
            }
            Matcher h = HEAD_BEFORE.matcher(doc.body.substring(Math.max(0, m.start() - 20), m.start()));
            if (!h.find() || !lex.isPlaceWord(h.group(1), doc.language) || person && lex.isAdminWord(h.group(1), true) || wordOfOtherUse(doc, h.group(1))) {
                continue;
            }
            if (person) {
                // "stadio Diego Armando Maradona", "aeropuerto Adolfo Suárez": a facility named after a person
                int start = m.start() - h.group().length();
                found.set(i, new NameMention(doc.text(start, m.end()), start, m.end(), EntityType.LOCATION, false, List.of()));
                continue;
            }
            int start = m.start() - h.group().length();
            if (h.group(1).equals("kota") && doc.body.substring(Math.max(0, start - 4), start).equals("ibu ")) {
                continue;
            }
            // "pulau Belitung" is where Belitung is; "sungai Ciliwung", "selat Gaspar" are not where a town of that
            // name is, so they keep no coordinates (as when the word is capitalised).
            List<Gazetteer.Place> places = lex.isAdminWord(h.group(1), true) ? m.places() : List.of();
            found.set(i, new NameMention(doc.text(start, m.end()), start, m.end(), m.type(), m.titled(), places));
        }
    }

    /**
     * A place word of one language that is a preposition or a verb of the article's ("laut", the Malay sea, is the
     * German "according to": "laut Meier" is no place).
     */
    private boolean wordOfOtherUse(Document doc, String lowerWord) {
        Set<String> language = Set.of(doc.language);
        return lex.isStopword(lowerWord, doc.language) || lex.isAttributionWord("adjunct", lowerWord, language)
                || lex.cuesStartingWith(lowerWord).stream().anyMatch(c -> c.language().equals(doc.language));
    }

    /**
     * "l'aéroport Roland-Garros", "port de pêche de Keroman", "barragem da Bravura": in the Romance languages a facility's
     * word stands in lower case before its name, often with "de" between. A name the gazetteer does not know becomes
     * the facility ("port de Rotterdam" stays Rotterdam, a town); the geocoder finds where it is.
     */
    void lowercaseFacilities(Document doc, List<NameMention> found) {
        if (!ROMANCE.contains(doc.language)) {
            return;
        }
        int lastEnd = -1;
        for (MatchResult f : facilityMatches(doc, word -> {
            String head = word.toLowerCase(java.util.Locale.ROOT);
            return lex.isPlaceWord(head) && !lex.isAdminWord(head, true) && !lex.words("natural-feature").contains(head);
        })) {
            if (f.start(1) < lastEnd) {
                continue; // inside the facility matched before ("estação de metro de …")
            }
            lastEnd = f.end();
            int nameStart = f.start(3);
            int end = f.end(3);
            if (!gaz.lookup(f.group(3)).isEmpty()) {
                continue;
            }
            boolean bodyOrPlace = found.stream().anyMatch(m -> m.start() < end && nameStart < m.end()
                    && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION && m.start() < nameStart));
            if (bodyOrPlace) {
                continue;
            }
            found.removeIf(m -> m.start() < end && nameStart < m.end());
            found.add(new NameMention(doc.text(f.start(1), end), f.start(1), end, EntityType.LOCATION, false, List.of()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * "la préfecture de La Réunion", "le tribunal correctionnel de Lyon", "la mairie de Bordeaux": the Romance
     * languages write a body's noun in lower case before the place it serves; noun, place and all name the body.
     */
    void lowercaseBodies(Document doc, List<NameMention> found) {
        if (!ROMANCE.contains(doc.language)) {
            return;
        }
        // Matches may overlap ("La préfecture de La Réunion" first matches from "La"): each start is tried.
        int from = 0;
        for (MatchResult f : facilityMatches(doc, head -> Character.isLowerCase(head.charAt(0)) && lex.isOrgWord(head) && !lex.isPlaceWord(head))) {
            if (f.start(1) < from || f.group(2).isEmpty() || gaz.lookup(f.group(3)).isEmpty()) {
                continue;
            }
            int start = f.start(1);
            int end = f.end(3);
            // "la préfecture de …", not "una cooperativa de Lleida": the definite article makes it that place's body
            List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, start - 6), start);
            String article = before.isEmpty() ? "" : before.get(before.size() - 1).lower();
            if (!lex.isAttributionWord("det", article, Set.of(doc.language)) || lex.isAttributionWord("indefinite", article, Set.of(doc.language))) {
                continue;
            }
            from = end;
            if (found.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() < end && start < m.end())) {
                continue; // a body the recognizer already read
            }
            // the place inside stays a place on the map
            found.removeIf(m -> m.start() < end && start < m.end() && m.type() != EntityType.LOCATION);
            found.add(new NameMention(doc.text(start, end), start, end, EntityType.ORGANIZATION, false, List.of()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /**
     * "l'Union européenne", "l'Organisation mondiale de la santé", "la Banca centrale europea": well-known bodies whose
     * names go on in lower case, which no run of capitalised words holds whole. Found as written; they replace
     * the pieces the recognizer made of them.
     */
    void listedBodiesWithLowercaseWords(Document doc, List<NameMention> found) {
        for (String name : lex.organizationsWithLowercaseWords()) {
            for (int at = doc.body.indexOf(name); at >= 0; at = doc.body.indexOf(name, at + 1)) {
                int start = at;
                int end = at + name.length();
                boolean wordEdges = (start == 0 || !Character.isLetter(doc.body.charAt(start - 1)))
                        && (end == doc.body.length() || !Character.isLetterOrDigit(doc.body.charAt(end)));
                if (!wordEdges || found.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() <= start && end <= m.end())) {
                    continue;
                }
                found.removeIf(m -> m.start() < end && start < m.end());
                found.add(new NameMention(name, start, end, EntityType.ORGANIZATION, false, List.of()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private static final Set<String> ROMANCE = Set.of("fr", "es", "pt", "it");

    /**
     * Where {@link #FACILITY} matches from a word the test accepts as its head, in text order. Only such words are
     * tried: scanning the whole text with the pattern at every word was a sixth of the engine's time.
     */
    private static List<MatchResult> facilityMatches(Document doc, java.util.function.Predicate<String> head) {
        List<MatchResult> out = new ArrayList<>();
        Matcher f = FACILITY.matcher(doc.body);
        for (Document.Paragraph p : doc.paragraphs) {
            for (Tokens.Token t : doc.tokens(p)) {
                // ("L’aéroport" opening a sentence stays one token: its word starts after the apostrophe)
                int at = t.text().length() > 2 && (t.text().charAt(1) == '\'' || t.text().charAt(1) == '’') ? 2 : 0;
                String word = t.text().substring(at);
                if (word.length() < 2 || !head.test(word)) {
                    continue;
                }
                f.region(t.start() + at, doc.body.length());
                if (f.lookingAt() && f.end(1) == t.end()) {
                    out.add(f.toMatchResult());
                }
            }
        }
        return out;
    }
    /** A lower-case facility word, up to three lower-case words ending in a preposition, then a capitalised name. */
    private static final Pattern FACILITY = Pattern.compile("(?<![\\p{L}])(\\p{L}\\p{Ll}+)"
            + "((?:\\s+\\p{Ll}+){0,2}\\s+(?:de|di|da|do|del|della|dello|du|des)(?:\\s+(?:la|l'|l’))?|)\\s*"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");

    private static boolean listed(Document doc, NameMention a, NameMention b) {
        return a.end() <= b.start() && LIST_GAP.matcher(doc.body.substring(a.end(), b.start())).matches();
    }

    /** "Amerika Serikat (AS)": the acronym names the same thing wherever it appears. */
    void addAcronyms(Document doc, List<NameMention> found) {
        Map<String, NameMention> acronyms = new HashMap<>();
        for (NameMention m : found) {
            Matcher a = ACRONYM_AFTER.matcher(doc.body).region(m.end(), Math.min(doc.body.length(), m.end() + 12));
            if (a.lookingAt() && Coreference.initialsAre(m.text(), a.group(1))) {
                acronyms.putIfAbsent(a.group(1), m);
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        // The article's own spelling-out beats a gazetteer's town or a name list's guess for the same letters
        // ("Bristol Airport Action Network (BAAN)": BAAN is that body wherever it stands, not a village called Baan).
        found.removeIf(m -> m.tokenCount() == 1 && acronyms.containsKey(m.text()) && m.type() != acronyms.get(m.text()).type());
        Set<Integer> taken = new HashSet<>();
        found.forEach(m -> taken.add(m.start()));
        for (Document.Paragraph p : doc.paragraphs) {
            if (p.kind() != Document.Kind.TEXT) {
                continue;
            }
            for (Tokens.Token t : doc.tokens(p)) {
                NameMention full = acronyms.get(t.text());
                if (full != null && taken.add(t.start())) {
                    found.add(new NameMention(t.text(), t.start(), t.end(), full.type(), false, full.places()));
                }
            }
        }
    }

    /**
     * "Pengarah Jabatan Bomba Selangor, Norazam Khamis, berkata …", "The port's director, Ana Ruiz, said …": a name set
     * off by commas between a post and a speech verb is a person's, whatever name lists know of it. It replaces a
     * mention of the same words typed otherwise.
     */
    void personsInAppositionBeforeSpeech(Document doc, List<NameMention> found) {
        for (Document.Paragraph p : doc.paragraphs) {
            if (p.kind() != Document.Kind.TEXT) {
                continue;
            }
            List<Tokens.Token> t = doc.tokens(p);
            for (int i = 1; i < t.size(); i++) {
                if (!gapHas(doc, t.get(i - 1), t.get(i), ',') || !t.get(i).capitalised()) {
                    continue;
                }
                int j = i;
                while (j < t.size() && j - i < 5 && t.get(j).capitalised() && (j == i || !gapHas(doc, t.get(j - 1), t.get(j), ','))) {
                    j++;
                }
                if (j - i < 2 || j >= t.size() || !gapHas(doc, t.get(j - 1), t.get(j), ',')
                        || lex.cueAt(t, j, cue -> SpeakerGrammar.attributionLanguages(doc.language).contains(cue.language())) == null
                        || !postBefore(doc, t, i)) {
                    continue;
                }
                boolean named = true;
                for (int k = i; k < j && named; k++) {
                    String w = t.get(k).lower();
                    // (a day's name is a name too: "Khamis" is Thursday in Malay)
                    named = !lex.isOrgWord(w) && !lex.isPlaceWord(w) && !lex.isTitle(w) && !lex.stopwords(doc.language).contains(w);
                }
                if (!named) {
                    continue;
                }
                int start = t.get(i).start();
                int end = t.get(j - 1).end();
                found.removeIf(m -> m.start() < end && start < m.end() && m.type() != EntityType.PERSON);
                if (found.stream().noneMatch(m -> m.start() == start && m.end() == end)) {
                    found.add(new NameMention(doc.text(start, end), start, end, EntityType.PERSON, true, List.of()));
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    }

    private static boolean gapHas(Document doc, Tokens.Token a, Tokens.Token b, char c) {
        return doc.body.substring(a.end(), b.start()).indexOf(c) >= 0;
    }

    /** The phrase before the comma, back to the sentence's start or the previous comma, holds a title ("Pengarah …", "the director …"). */
    private boolean postBefore(Document doc, List<Tokens.Token> t, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            if (lex.isTitle(t.get(k).lower())) {
                return true;
            }
            if (k > 0 && (gapHas(doc, t.get(k - 1), t.get(k), ',') || gapHas(doc, t.get(k - 1), t.get(k), '.'))) {
                return false;
            }
        }
        return false;
    }

    void withoutPostNominals(Document doc, List<NameMention> found) {
        found.replaceAll(m -> withoutPostNominal(lex, doc, m));
    }

    /** "James Evans MS" is James Evans: letters after a name for a seat or an honour are not part of it. */
    static NameMention withoutPostNominal(Lexicon lex, Document doc, NameMention m) {
        if (m.type() != EntityType.PERSON) {
            return m;
        }
        List<Tokens.Token> t = Tokens.tokenize(doc.body, m.start(), m.end());
        String last = t.isEmpty() ? "" : t.get(t.size() - 1).text();
        if (t.size() >= 3 && last.equals(last.toUpperCase(java.util.Locale.ROOT)) && lex.words("post-nominal").contains(t.get(t.size() - 1).lower())) {
            int end = t.get(t.size() - 2).end();
            return new NameMention(doc.text(m.start(), end), m.start(), end, m.type(), m.titled(), m.places());
        }
        return m;
    }

    /**
     * "Perum Bulog memastikan … Direktur Utama Perum Bulog Bayu Krisnamurthi mengatakan": a run that starts with the
     * whole name of a body the article names on its own, then two or three capitalised words, is that body and the
     * holder of its post.
     */
    void splitKnownBodyFromHolder(Document doc, List<NameMention> found) {
        Set<String> bodies = new HashSet<>();
        for (NameMention m : found) {
            if (m.type() == EntityType.ORGANIZATION) {
                bodies.add(m.key());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            NameMention m = found.get(i);
            if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PERSON || m.tokenCount() < 3) {
                continue;
            }
            List<Tokens.Token> t = Tokens.tokenize(doc.body, m.start(), m.end());
            for (int cut = t.size() - 2; cut >= Math.max(1, t.size() - 3); cut--) {
                String body = doc.text(t.get(0).start(), t.get(cut - 1).end());
                List<Tokens.Token> holder = t.subList(cut, t.size());
                if (bodies.contains(Tokens.key(body)) && PersonEvidence.holderWords(lex, doc, holder)
                        && gaz.lookup(holder.get(0).text()).stream().noneMatch(Gazetteer.Place::isNotable)
                        // (a third word must not be the body's place: "BPBD Brebes Nushy Mansyur")
                        && (holder.size() == 2 || lex.isGivenName(holder.get(0).lower()) || gaz.lookup(holder.get(0).text()).isEmpty()
                            && !lex.isIndonesianArea(holder.get(0).lower()))
                        && usedAsAName(doc, holder)) {
                    int hs = holder.get(0).start();
                    found.set(i, new NameMention(body, m.start(), t.get(cut - 1).end(), EntityType.ORGANIZATION, false, List.of()));
                    found.add(i + 1, new NameMention(doc.text(hs, m.end()), hs, m.end(), EntityType.PERSON, true, List.of()));
                    break;
                }
            }
        }
    }

    /** A given name first, or a word of the name the text also uses on its own ("kata Bayu"). */
    private boolean usedAsAName(Document doc, List<Tokens.Token> name) {
        if (lex.isGivenName(name.get(0).lower())) {
            return true;
        }
        String phrase = doc.text(name.get(0).start(), name.get(name.size() - 1).end());
        int uses = 0;
        for (int at = doc.body.indexOf(phrase); at >= 0; at = doc.body.indexOf(phrase, at + 1)) {
            uses++;
        }
        int phraseUses = uses;
        return name.stream().anyMatch(x -> doc.wordCounts.getOrDefault(x.text(), 0) > phraseUses);
    }

    /**
     * "Council leader Tudor Evans … According to Evans, …": a lone word that is the surname of a person the article
     * names in full is that person, not a small town of the name, unless a preposition of place puts it on the map.
     */
    void surnamesOfPeopleNamedInFull(Document doc, List<NameMention> found) {
        Set<String> surnames = new HashSet<>();
        for (NameMention m : found) {
            String[] k = m.key().split(" ");
            if (m.type() == EntityType.PERSON && k.length > 1) {
                surnames.add(k[k.length - 1]);
            }
        }
        Set<String> strongLocatives = lex.words("strong-locative");
        for (int i = 0; i < found.size(); i++) {
            NameMention m = found.get(i);
            if (m.type() == EntityType.LOCATION && m.tokenCount() == 1 && surnames.contains(m.key())
                    && m.places().stream().noneMatch(Gazetteer.Place::isNotable)) {
                List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, m.start() - 30), m.start());
                if (before.isEmpty() || !strongLocatives.contains(before.get(before.size() - 1).lower())) {
                    found.set(i, new NameMention(m.text(), m.start(), m.end(), EntityType.PERSON, false, List.of()));
                }
            }
        }
    }

    /** "San", "Santa", "São", "Saint", "Sankt": a name that opens with a saint names a place, a church or a feast, not a person. */
    void saintsAreNoPeople(List<NameMention> found) {
        for (int i = 0; i < found.size(); i++) {
            NameMention m = found.get(i);
            String[] k = m.key().split(" ");
            if (m.type() == EntityType.PERSON && k.length >= 2 && lex.words("saint").contains(k[0])) {
                List<Gazetteer.Place> places = gaz.lookup(m.text());
                found.set(i, new NameMention(m.text(), m.start(), m.end(), places.isEmpty() ? EntityType.OTHER : EntityType.LOCATION, false, places));
            }
        }
    }

    /** Title-case headings would make every word a name: there, only names the text itself uses count. */
    List<NameMention> keepHeadingMentionsThatAreKnown(Document doc, List<NameMention> found) {
        Set<String> textKeys = new HashSet<>();
        List<int[]> headings = new ArrayList<>();
        for (Document.Paragraph p : doc.paragraphs) {
            if (p.kind() == Document.Kind.HEADING) {
                headings.add(new int[] {p.start(), p.end()});
            }
        }
        for (NameMention m : found) {
            if (!inAny(headings, m.start())) {
                textKeys.add(m.key());
            }
        }
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : found) {
            // A heading's capitals make poor evidence, but a country or region it names is one all the same, and so
            // is a person's name the text writes with initials ("Jakob M. Mierscheid" for the heading's full name).
            boolean area = m.type() == EntityType.LOCATION && m.places().stream().anyMatch(Gazetteer.Place::isArea);
            boolean spelledOut = m.type() == EntityType.PERSON && textKeys.stream().anyMatch(k -> Coreference.sameWithInitials(k, m.key()));
            // "By Callum Baird", "Oleh Cut Mutia Rahmi": the writer the byline names is a person
            boolean byline = m.type() == EntityType.PERSON && lex.words("byline").contains(Tokens.wordBefore(doc.body, m.start()))
                    && lineStart(doc, m.start()) == Tokens.wordBeforeStart(doc.body, m.start());
            if (!inAny(headings, m.start()) || textKeys.contains(m.key()) || area || spelledOut || byline) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    /** Where the line that holds pos starts. */
    private static int lineStart(Document doc, int pos) {
        int nl = doc.body.lastIndexOf('\n', Math.max(0, pos - 1));
        return nl + 1;
    }

    private static boolean inAny(List<int[]> ranges, int pos) {
        for (int[] r : ranges) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }
}
