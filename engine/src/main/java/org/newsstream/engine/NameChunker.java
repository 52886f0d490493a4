package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * The candidate names of a paragraph, before any is typed: capitalised runs (with their particles, initials,
 * the numbers of facilities, plural possessives and the links of an organisation's name), cut at known
 * organisations (which go straight to the names found) and at function words, and without a sentence-initial
 * common word. {@link RuleBasedEntityRecognizer} types each chunk.
 */
final class NameChunker {
    private static final Set<String> ROMANCE = Set.of("es", "fr", "it", "pt");
    private final Lexicon lex;
    private final Gazetteer gaz;
    /** A town this big after a full name and "van"/"von" is the office's town ("… van Zwolle"), not a surname. */
    private static final int CITY_OF_OFFICE = 20_000;

    /**
     * The word after "van" is a province or a country ("Cees Bijl van Flevoland"), or, after a surname, a town
     * ("Burgemeester Peter Snijders van Zwolle"): the place of an office.
     */
    private boolean placeOfOffice(Tokens.Token before, Tokens.Token place) {
        boolean afterSurname = !lex.isGivenName(before.lower());
        return gaz.lookup(place.text()).stream().anyMatch(p -> p.isArea() || afterSurname && p.population() >= CITY_OF_OFFICE);
    }

    /**
     * "Minister Mark Harbers van Infrastructuur": after a given name and a surname, "van" opens the office's portfolio
     * or place; a surname's own particle stands before it ("Joost van Doesburg").
     */
    private boolean afterFullName(List<Tokens.Token> run) {
        Tokens.Token last = run.get(run.size() - 1);
        return run.size() >= 2 && !lex.isGivenName(last.lower()) && lex.isGivenName(run.get(run.size() - 2).lower());
    }

    /** A given name and then more words: the person's surname has been named ("Jeffrey Nels Williams"). */
    private boolean surnameBefore(List<Tokens.Token> run) {
        for (int k = run.size() - 2; k >= 0; k--) {
            if (lex.isGivenName(run.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SMALL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");

    /** Lower-case particles that may stand inside a name ("Ministerio de Defensa", "Ursula von der Leyen"). */
    private final Set<String> connectors;
    /** Coordinations that join the parts of an organisation's name. */
    private final Set<String> orgJoiners;
    /** Articles that may follow a particle inside a name ("von der Leyen", "van den Berg", "de la Cruz"). */
    private final Set<String> secondConnectors;
    private List<Chunk> capitalisedRuns(Document doc, List<Tokens.Token> tokens, Document.Paragraph p, int datelineEnd) {
        List<Chunk> runs = new ArrayList<>();
        boolean titleCase = p.kind() == Document.Kind.HEADING || titleCase(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean body = lex.isOrgWord(tokens.get(i).lower())
                    || lex.isTitle(tokens.get(i).lower()) && i + 1 < tokens.size() && lex.isOrgWord(tokens.get(i + 1).lower()); // "Kepala Dinas …"
            int listed = doc.malayLanguage() && body ? listedPortfolios(doc, tokens, i) : -1;
            if (listed > j) {
                j = listed; // "Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan": one agency of several portfolios
            }
            while (j < tokens.size() && (onlySpaceBetween(doc, tokens.get(j - 1), tokens.get(j)) || afterInitial(doc, tokens.get(j - 1), tokens.get(j))
                    || pluralPossessive(doc, tokens.get(j - 1), tokens.get(j)) || possessiveBody(doc, tokens, i, j)
                    || suspendedCompound(doc, tokens, j))) {
                Tokens.Token t = tokens.get(j);
                if (suspendedCompound(doc, tokens, j)) {
                    j += 2; // "Deich- und Hauptsielverband", "Industrie- und Handelskammer": a compound's shared end
                } else if (startsName(t)) {
                    j++;
                } else if (doc.language.equals("nl") && secondConnectors.contains(t.text()) && j + 1 < tokens.size()
                        && startsName(tokens.get(j + 1)) && tokens.get(j - 1).text().equals("Van")
                        && onlySpaceBetween(doc, t, tokens.get(j + 1))) {
                    j += 2; // "aldus Van der Tak": the particle and article of a surname named without its given name
                } else if (SMALL_NUMBER.matcher(t.text()).matches() && tokens.subList(i, j).stream().anyMatch(x -> lex.isPlaceWord(x.lower()))) {
                    j++; // "SMA Negeri 1 Kawali", "SMK Negeri 52": a number inside a facility's name
                } else if (connectors.contains(t.text()) && !lex.isAttributionWord("not-particle", t.text(), Set.of(doc.language))
                        && j + 1 < tokens.size() && startsName(tokens.get(j + 1))
                        // "Gedeputeerde Cees Bijl van Flevoland": "van" before a province or a country is "of", not a surname's
                        && !((t.text().equals("van") || t.text().equals("von")) && j - i >= 2
                                && tokens.subList(i, j).stream().noneMatch(x -> lex.isOrgWord(x.lower()))
                                && (placeOfOffice(tokens.get(j - 1), tokens.get(j + 1)) || afterFullName(tokens.subList(i, j))))
                        && onlySpaceBetween(doc, t, tokens.get(j + 1)) && !givenNameAfterParticle(doc, tokens, i, j)) {
                    j += 2;
                } else if ((orgJoiners.contains(t.text()) || lex.isAttributionWord("link", t.text(), Set.of(doc.language)))
                        && j + 1 < tokens.size() && startsName(tokens.get(j + 1)) && onlySpaceBetween(doc, t, tokens.get(j + 1))
                        && tokens.subList(i, j).stream().anyMatch(x -> lex.isOrgWord(x.lower()))
                        && gaz.lookup(doc.text(tokens.get(i).start(), tokens.get(j - 1).end())).stream().noneMatch(Gazetteer.Place::isArea)) {
                    j += 2; // "Jabatan Pengairan dan Saliran Kelantan", "Università di Cagliari": one body's name
                } else if (orgJoiners.contains(t.text()) && j + 1 < tokens.size() && onlySpaceBetween(doc, t, tokens.get(j + 1))
                        && bodyOfTwoPlaces(doc, tokens, i, j)) {
                    j += 2; // "Maidstone and Tunbridge Wells NHS Trust", "Brighton and Hove City Council"
                } else if (orgJoiners.contains(t.text()) && j + 2 < tokens.size() && connectors.contains(tokens.get(j + 1).text())
                        && startsName(tokens.get(j + 2)) && onlySpaceBetween(doc, t, tokens.get(j + 1))
                        && onlySpaceBetween(doc, tokens.get(j + 1), tokens.get(j + 2))
                        && tokens.subList(i, j).stream().anyMatch(x -> lex.isOrgWord(x.lower()))) {
                    j += 3; // "Instituto Português do Mar e da Atmosfera", "Ministerio de Trabajo y de Economía"
                } else if (connectors.contains(t.text()) && j + 2 < tokens.size()
                        && secondConnectors.contains(tokens.get(j + 1).text()) && startsName(tokens.get(j + 2))
                        && onlySpaceBetween(doc, tokens.get(j + 1), tokens.get(j + 2))) {
                    j += 3;
                } else {
                    break;
                }
            }
            boolean initial = i == 0 || sentenceBreakBetween(doc, tokens.get(i - 1), tokens.get(i));
            boolean dateline = tokens.get(i).start() < datelineEnd;
            runs.add(new Chunk(tokens.subList(i, j), tokens, i, initial, dateline, titleCase));
            i = j;
        }
        return runs;
    }

    /** "Hillary Clinton Presses Her Advantage Over a Struggling Donald Trump.": a headline, whatever its kind. */
    private static boolean titleCase(List<Tokens.Token> tokens) {
        long words = tokens.stream().filter(t -> t.text().length() > 3).count();
        long capitalised = tokens.stream().filter(t -> t.text().length() > 3 && t.capitalised()).count();
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    /**
     * German and Dutch write the shared end of two compounds once, with a hyphen on the first: "Deich- und
     * Hauptsielverband", "land- en tuinbouw". Token j is the conjunction after such a hyphen, a capitalised word after it.
     */
    private boolean suspendedCompound(Document doc, List<Tokens.Token> tokens, int j) {
        if (j == 0 || j + 1 >= tokens.size() || !(doc.language.equals("de") || doc.language.equals("nl"))
                || !orgJoiners.contains(tokens.get(j).text()) || !startsName(tokens.get(j + 1)) || !startsName(tokens.get(j - 1))) {
            return false;
        }
        String gap = doc.body.substring(tokens.get(j - 1).end(), tokens.get(j).start());
        boolean hyphen = gap.equals("- ") || tokens.get(j - 1).text().endsWith("-") && gap.equals(" ");
        return hyphen && onlySpaceBetween(doc, tokens.get(j), tokens.get(j + 1));
    }

    /** "James E. Clyburn", "J. K. Rowling": a capital initial and its full stop stay inside the name. */
    private static boolean afterInitial(Document doc, Tokens.Token a, Tokens.Token b) {
        return a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0)) && b.capitalised()
                && a.end() < doc.body.length() && doc.body.charAt(a.end()) == '.'
                && doc.body.substring(a.end() + 1, b.start()).isBlank() && b.start() - a.end() <= 3;
    }

    private static boolean startsName(Tokens.Token t) {
        return t.capitalised();
    }

    /**
     * German and Dutch "von", "van" take a surname: "Lob bekam Maier von Petra Lange" is one person, then "from"
     * another, where the word after the particle is a given name and a name follows it (an organisation's "van" aside).
     */
    private boolean givenNameAfterParticle(Document doc, List<Tokens.Token> tokens, int i, int j) {
        return (doc.language.equals("de") || doc.language.equals("nl")) && j + 2 < tokens.size()
                && lex.isGivenName(tokens.get(j + 1).lower()) && startsName(tokens.get(j + 2))
                && tokens.subList(i, j).stream().noneMatch(x -> lex.isOrgWord(x.lower()) || lex.isPlaceWord(x.lower()));
    }

    /**
     * A place, "and", then capitalised words that end in an organisation's word: one body named for two places
     * ("Maidstone and Tunbridge Wells NHS Trust", "Brighton and Hove City Council"), not a place and a body.
     */
    private boolean bodyOfTwoPlaces(Document doc, List<Tokens.Token> tokens, int i, int and) {
        if (and - i > 3 || tokens.subList(i, and).stream().anyMatch(x -> lex.isOrgWord(x.lower()))
                || gaz.lookup(doc.text(tokens.get(i).start(), tokens.get(and - 1).end())).stream().noneMatch(Gazetteer.Place::isNotable)) {
            return false;
        }
        int k = and + 1;
        while (k + 1 < tokens.size() && k - and < 6 && startsName(tokens.get(k + 1)) && onlySpaceBetween(doc, tokens.get(k), tokens.get(k + 1))) {
            k++;
        }
        return k > and + 1 && startsName(tokens.get(and + 1)) && lex.isOrgWord(tokens.get(k).lower());
    }

    static boolean onlySpaceBetween(Document doc, Tokens.Token a, Tokens.Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = doc.body.charAt(k);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words, commas and "dan" between them, then ", dan" or "dan" and the last capitalised words. */
    private static final java.util.regex.Pattern PORTFOLIO_LIST = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*(?:(?:, | dan )\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*)*,? dan \\p{Lu}\\p{L}+");

    /**
     * Indonesian and Malay name an agency of merged portfolios with commas: "Dinas Koperasi, Usaha Kecil dan Menengah,
     * dan Perdagangan". From an organisation's word, a list with a comma in it that "dan" closes is one name; the
     * index of the token after the list's last word, or -1.
     */
    private int listedPortfolios(Document doc, List<Tokens.Token> tokens, int i) {
        java.util.regex.Matcher m = PORTFOLIO_LIST.matcher(doc.body).region(tokens.get(i).start(), tokens.get(tokens.size() - 1).end());
        if (!m.lookingAt() || !m.group().contains(", ")) {
            return -1;
        }
        int firstComma = doc.body.indexOf(", ", tokens.get(i).start());
        for (int k = i; k < tokens.size(); k++) {
            Tokens.Token t = tokens.get(k);
            // the list's items are portfolios, not posts or bodies of their own ("Ketua Pengadilan Negeri, Ketua …, dan MA")
            if (t.start() > firstComma && (lex.isTitle(t.lower()) && !lex.isPortfolio(t.lower()) || t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)))) {
                return -1;
            }
            if (t.end() == m.end()) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "Tayside Growers' Cooperative", "Patients' Forum": a plural possessive inside a name keeps it whole. */
    private static boolean pluralPossessive(Document doc, Tokens.Token a, Tokens.Token b) {
        String gap = doc.body.substring(a.end(), b.start());
        return (gap.equals("' ") || gap.equals("’ ")) && a.text().endsWith("s") && b.capitalised();
    }

    /**
     * "Information Commissioner's Office", "Children's Hospital": a possessive before a body's or a place's word keeps
     * the name whole, unless what owns it is a place ("Japan's Ministry of Agriculture": a country and its body).
     */
    private boolean possessiveBody(Document doc, List<Tokens.Token> tokens, int from, int j) {
        Tokens.Token a = tokens.get(j - 1);
        Tokens.Token b = tokens.get(j);
        String gap = doc.body.substring(a.end(), b.start());
        return (gap.equals("'s ") || gap.equals("’s ")) && b.capitalised() && (lex.isOrgWord(b.lower()) || lex.isPlaceWord(b.lower()))
                && gaz.lookup(doc.text(tokens.get(from).start(), a.end())).isEmpty()
                && tokens.subList(from, j).stream().noneMatch(x -> lex.isPlaceWord(x.lower())); // ("Plymouth County Sheriff's Office" keeps its county)
    }

    private static boolean sentenceBreakBetween(Document doc, Tokens.Token a, Tokens.Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (".!?:;\"“”„«»‹›()[]\n•*–—-".indexOf(doc.body.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBER_AFTER = java.util.regex.Pattern.compile(" \\d");

    /** Known organisations ("The Guardian", "Reuters") come out first, whatever surrounds them. */
    private List<Chunk> cutKnownOrganisations(Document doc, Chunk run, List<NameMention> found) {
        List<Chunk> rest = new ArrayList<>();
        int from = 0;
        int i = 0;
        List<Tokens.Token> t = run.tokens();
        while (i < t.size()) {
            int matched = 0;
            for (int len = Math.min(5, t.size() - i); len >= 1 && matched == 0; len--) {
                String phrase = doc.text(t.get(i).start(), t.get(i + len - 1).end());
                // ("Tempo 30" is a speed limit, not the magazine: a one-word outlet's name before a number is a word)
                boolean beforeNumber = len == 1 && NUMBER_AFTER.matcher(doc.body).region(t.get(i).end(), doc.body.length()).lookingAt();
                if (lex.organization(phrase) != null && !beforeNumber) {
                    matched = len;
                    found.add(new NameMention(phrase, t.get(i).start(), t.get(i + len - 1).end(),
                            EntityType.ORGANIZATION, false, List.of()));
                }
            }
            if (matched > 0) {
                if (i > from) {
                    rest.add(run.sub(from, i));
                }
                i += matched;
                from = i;
            } else {
                i++;
            }
        }
        if (from < t.size()) {
            rest.add(run.sub(from, t.size()));
        }
        return rest;
    }

    /** Function words, pronouns, calendar words and speech verbs are never part of a name. */
    private List<Chunk> splitAtFunctionWords(Document doc, Chunk c) {
        if (c.tokens().size() > 1 && !gaz.lookup(doc.text(c.start(), c.end())).isEmpty()) {
            return List.of(c); // "Los Angeles", "The Hague", "La Paz": the article is part of the name
        }
        List<Chunk> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < c.tokens().size(); i++) {
            String l = c.tokens().get(i).lower();
            // "Yann Le Goff", "Jean De Smet": a capitalised article or particle between two names is the surname's
            // (at a sentence's start only after a given name: "Par Gwenaëlle Le Gall", a byline)
            boolean innerParticle = i > from && i + 1 < c.tokens().size() && c.tokens().get(i).capitalised()
                    && c.tokens().get(i + 1).capitalised()
                    && (connectors.contains(l) || secondConnectors.contains(l))
                    && (lex.isGivenName(c.tokens().get(i - 1).lower()) || i == from + 1 && i + 2 == c.tokens().size() && !c.sentenceInitial());
            // (German and Dutch "Ursula von der Leyen", "Jan van den Berg": an article after a particle is the surname's,
            // not a function word of the sentence, unless a full name or a body stands around it: "Howard Berman von
            // der Demokratischen Partei")
            boolean connector = connectors.contains(c.tokens().get(i).text()) || innerParticle
                    || (doc.language.equals("de") || doc.language.equals("nl")) && i > from
                    && secondConnectors.contains(c.tokens().get(i).text()) && connectors.contains(c.tokens().get(i - 1).text())
                    && !surnameBefore(c.tokens().subList(from, i - 1)) && (i + 1 >= c.tokens().size() || !lex.isOrgWord(c.tokens().get(i + 1).lower()))
                    // ("Martínez de la Riva", "Fernández de la Vega": a Romance name's "de la" between two capitalised words)
                    || ROMANCE.contains(doc.language) && i > from && i + 1 < c.tokens().size() && c.tokens().get(i + 1).capitalised()
                    && secondConnectors.contains(c.tokens().get(i).text()) && connectors.contains(c.tokens().get(i - 1).text());
            // Only the article's own function words split a run: "Un" is French, not Indonesian, and "Al" is
            // Spanish, not part of an English "Al Sharpton".
            boolean functionWord = doc.language.equals("und") ? lex.isStopword(l) : lex.isStopword(l, doc.language);
            // Inside an organisation's name, its links and coordinations hold it together: "Dinas Perindustrian dan
            // Perdagangan Aceh", "Federação dos Feirantes do Pará", "Bundesamt für Landesversorgung".
            boolean nameFollows = i + 1 < c.tokens().size() && (c.tokens().get(i + 1).capitalised()
                    || orgJoiners.contains(l) && i + 2 < c.tokens().size() && isConnector(c.tokens().get(i + 1).text())
                    && c.tokens().get(i + 2).capitalised()); // "… do Mar e da Atmosfera"
            if (functionWord && i > from && nameFollows
                    && (orgJoiners.contains(l) || lex.isAttributionWord("link", l, Set.of(doc.language)))
                    && c.tokens().subList(from, i).stream().anyMatch(x -> lex.isOrgWord(x.lower()))) {
                continue;
            }
            if (functionWord && i > from && orgJoiners.contains(l) && bodyOfTwoPlaces(doc, c.tokens(), from, i)) {
                continue; // "Maidstone and Tunbridge Wells NHS Trust"
            }
            // "aldus Van der Tak", "zei Van Dam": Dutch capitalises a surname's "van" where no given name stands before
            // it (not at a sentence's start, where it is a word of the sentence; "De" also opens names of places and
            // works: "zwembad De Vonk")
            if (functionWord && i == from && doc.language.equals("nl") && !c.sentenceInitial() && c.tokens().get(i).capitalised()
                    && l.equals("van") && i + 1 < c.tokens().size() && (c.tokens().get(i + 1).capitalised()
                        && !lex.isStopword(c.tokens().get(i + 1).lower(), doc.language) || secondConnectors.contains(c.tokens().get(i + 1).text())
                        && i + 2 < c.tokens().size() && c.tokens().get(i + 2).capitalised())
                    || i == from + 1 && doc.language.equals("nl") && secondConnectors.contains(c.tokens().get(i).text())
                    && c.tokens().get(from).text().equals("Van") && !c.sentenceInitial()) {
                continue;
            }
            // "Councilor April Fournier", "Jesús Julio Carnero": after a title or a given name, a month that is also a
            // given name is part of the name
            String before = i > from ? c.tokens().get(i - 1).lower() : c.precedingWord();
            if (functionWord && i + 1 < c.tokens().size() && c.tokens().get(i + 1).capitalised() && lex.givenNames.contains(l)
                    && lex.calendar.contains(l) && (lex.isTitle(before) || i > from && lex.isGivenName(before))) {
                continue;
            }
            if (functionWord && i > from && suspendedCompound(doc, c.tokens(), i)) {
                continue; // "Deich- und Hauptsielverband": the conjunction between two compounds that share an end
            }
            // Indonesian and Malay write a function word in lower case in running text: capitalised at the end of a
            // body's name, it is the name's ("Jabatan Alam Sekitar", "RSUD Pasar Minggu")
            if (functionWord && doc.malayLanguage() && i > from && i + 1 == c.tokens().size() && l.length() >= 4 && c.tokens().get(i).capitalised()
                    && !lex.isTitle(l) && c.tokens().subList(from, i).stream().anyMatch(x -> lex.isOrgWord(x.lower()))) {
                continue;
            }
            // A title word is never a break: "Kementerian Dalam Negeri", "Menteri Luar Negeri" hold together; nor a
            // word that ends a place begun before it ("United States": "States" is also a speech verb).
            if (!connector && ((functionWord && !lex.isTitle(l)) || lex.cueAt(c.tokens(), i, cue -> true) != null)
                    && !(i > from && !gaz.lookup(doc.text(c.tokens().get(from).start(), c.tokens().get(i).end())).isEmpty())) {
                if (i > from) {
                    out.add(c.sub(from, i));
                }
                from = i + 1;
            }
        }
        if (from < c.tokens().size()) {
            out.add(c.sub(from, c.tokens().size()));
        }
        // A connector cannot start or end a name.
        List<Chunk> trimmed = new ArrayList<>();
        for (Chunk x : out) {
            int s = 0;
            int e = x.tokens().size();
            while (s < e && isConnector(x.tokens().get(s).text())) s++;
            while (e > s && isConnector(x.tokens().get(e - 1).text())) e--;
            if (e > s) {
                trimmed.add(x.sub(s, e));
            }
        }
        return trimmed;
    }

    private boolean isConnector(String word) {
        return connectors.contains(word) || secondConnectors.contains(word);
    }

    /**
     * "Pertemuan Kim Jong Un": a sentence-initial word the article also writes in lower case, or a function word, is
     * not a name.
     */
    private Chunk trimCommonStart(Document doc, Chunk c) {
        // In a title-case heading every word is capitalised: "Over a Struggling Donald Trump", "Who Accused Trump".
        if ((c.sentenceInitial() || c.titleCase()) && c.tokens().size() > 1 && !sportBody(doc, c)
                && (doc.lowercaseWords.contains(c.tokens().get(0).lower()) || englishModifier(doc, c.tokens().get(0))
                    || lex.isFunctionWord(c.tokens().get(0).lower(), doc.language))
                && gaz.lookup(doc.text(c.start(), c.end())).isEmpty()
                && gaz.lookup(doc.text(c.start(), c.tokens().get(1).end())).isEmpty()) { // "New Jersey Lottery"
            return c.sub(1, c.tokens().size());
        }
        return c;
    }

    /** "Cycling New Zealand", "Athletics Australia": a sport then a place names the sport's body there. */
    boolean sportBody(Document doc, Chunk c) {
        return c.tokens().size() >= 2 && lex.words("sport-body").contains(c.tokens().get(0).lower())
                && gaz.lookup(doc.text(c.tokens().get(1).start(), c.end())).stream().anyMatch(p -> p.isArea() || p.kind().equals("city"));
    }

    /** "Struggling Donald Trump", "Accused Trump": an English participle or adverb opening a sentence. */
    private boolean englishModifier(Document doc, Tokens.Token t) {
        String l = t.lower();
        return doc.language.equals("en") && l.length() > 5 && (l.endsWith("ing") || l.endsWith("ed") || l.endsWith("ly"))
                && gaz.lookup(t.text()).isEmpty();
    }

    NameChunker(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        connectors = lexicon.words("name-connector");
        orgJoiners = lexicon.words("org-joiner");
        secondConnectors = lexicon.words("second-connector");
    }

    /** The chunks of one paragraph, in text order; known organisations found on the way are added to {@code found}. */
    List<Chunk> chunks(Document doc, Document.Paragraph p, int datelineEnd, List<NameMention> found) {
        List<Chunk> out = new ArrayList<>();
        List<Tokens.Token> tokens = doc.tokens(p);
        for (Chunk run : capitalisedRuns(doc, tokens, p, datelineEnd)) {
            for (Chunk c : cutKnownOrganisations(doc, run, found)) {
                for (Chunk part : splitAtFunctionWords(doc, c)) {
                    out.add(trimCommonStart(doc, part));
                }
            }
        }
        return out;
    }
}
