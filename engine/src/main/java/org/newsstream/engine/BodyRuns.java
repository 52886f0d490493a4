package org.newsstream.engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * A run the recognizer has read as a body's name, or as a post and the person who holds it: the body, perhaps the
 * place it ends with, and a holder named right after it ("ujar Humas PT Transportasi Jakarta Angelina Betris",
 * "Kepala Dinas Lingkungan Hidup Bantul Ari Budi Nugroho", "Bupati Sikka Fransiskus Roberto Diogo"); a place that
 * opens a person's run ("Rusia Vladimir Putin").
 */
final class BodyRuns {
    /** A comma, then a capitalised word: a name in apposition follows. */
    private static final Pattern APPOSITION_AFTER = Pattern.compile("\\s*,\\s*\\p{Lu}");

    private final Lexicon lex;
    private final Gazetteer gaz;
    private final PersonEvidence evidence;
    private final PlacesInRuns placeRules;

    BodyRuns(Lexicon lexicon, Gazetteer gazetteer, PersonEvidence evidence, PlacesInRuns placeRules) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.evidence = evidence;
        this.placeRules = placeRules;
    }

    /** "Rusia Vladimir Putin" after a title: the country, then the person. */
    void person(Document doc, Chunk c, boolean titled, List<NameMention> found) {
        int len = leadingPlaceLength(doc, c, found);
        Chunk name = c.sub(len, c.tokens().size());
        found.add(new NameMention(doc.text(name.start(), name.end()), name.start(), name.end(), EntityType.PERSON, titled, List.of()));
    }

    /** Tokens of the place that opens the run (0 when none); that place is added to {@code found}. */
    int leadingPlaceLength(Document doc, Chunk c, List<NameMention> found) {
        int n = c.tokens().size();
        for (int len = Math.min(n - 1, gaz.maxNameTokens()); len >= 1; len--) {
            Chunk head = c.sub(0, len);
            String headText = doc.text(head.start(), head.end());
            List<Gazetteer.Place> places = gaz.lookup(headText);
            if (leadingPlace(places, n - len)) {
                found.add(new NameMention(headText, head.start(), head.end(), EntityType.LOCATION, false, places));
                return len;
            }
        }
        return 0;
    }

    /**
     * "Rusia Vladimir Putin", "Jawa Barat Ridwan Kamil": a country, or a region followed by a full name, opens
     * the run. Not "Paul Reyes": a region that happens to be called Paul does not take a first name away.
     */
    private static boolean leadingPlace(List<Gazetteer.Place> places, int tokensLeft) {
        return places.stream().anyMatch(Gazetteer.Place::isCountry)
                || (tokensLeft >= 2 && places.stream().anyMatch(Gazetteer.Place::isArea));
    }

    void placeOrOrganisation(Document doc, Chunk c, List<NameMention> found) {
        String text = doc.text(c.start(), c.end());
        List<Gazetteer.Place> places = gaz.lookup(text);
        // "Media Coordinator Dane Lisser": one word before a post is a place only when it is a notable one
        if (!places.isEmpty() && (c.tokens().size() > 1 || placeRules.acceptBarePlace(c, places))) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, places));
        } else if (c.tokens().stream().anyMatch(x -> lex.isOrgWord(x.lower()))) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
        }
    }

    /** The organisation, and the country or region it ends with ("... Korea Selatan") as a place too. */
    /** The run ends with a link word and a country or region ("… de Galicia", "… of Scotland"). */
    boolean bodyOfItsRegion(Document doc, Chunk c) {
        List<Tokens.Token> t = c.tokens();
        for (int k = 1; k < t.size() - 1; k++) {
            if (lex.isAttributionWord("link", t.get(k).lower(), Set.of(doc.language))) {
                String tail = doc.text(t.get(k + 1).start(), c.end());
                if (gaz.lookup(tail).stream().anyMatch(Gazetteer.Place::isArea)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A run right after a speech verb may end with its speaker; {@link #splitSpeakerOffOrganisation} reads it whole. */
    boolean splitsOffSpeaker(Chunk c) {
        return evidence.inAttribution(c) && c.tokens().size() >= 3;
    }

    /** "YouGov", "Sharia4Belgium": a capital or a digit inside the word marks a brand's name. */
    private static boolean brandLike(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i)) || Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    void organisation(Document doc, Chunk c, List<NameMention> found) {
        if (splitSpeakerOffOrganisation(doc, c, found)) {
            return;
        }
        List<Tokens.Token> t = c.tokens();
        if ((doc.language.equals("de") || doc.language.equals("nl")) && t.size() >= 3 && lex.isOrgWord(t.get(0).lower())
                && !lex.orgWords.contains(t.get(0).lower()) && !t.get(0).text().contains("-") && RuleBasedEntityRecognizer.initials(t.get(1).text())) {
            organisation(doc, c.sub(1, t.size()), found); // "der Fußballverein RB Leipzig": the kind, then the name
            return;
        }
        if ((doc.language.equals("de") || doc.language.equals("nl")) && t.size() == 2 && lex.isOrgWord(t.get(0).lower())
                && !t.get(0).text().contains("-") && (RuleBasedEntityRecognizer.isAcronym(t.get(1).text()) || brandLike(t.get(1).text())
                    || doc.language.equals("de") && lex.orgWords.contains(t.get(0).lower())
                    && !lex.mayBeGermanNoun(t.get(1).lower()) && gaz.lookup(t.get(1).text()).isEmpty())) {
            // "Landbouworganisatie ZLTO", "Meinungsforschungsinstitut YouGov", "die Partei Pasok": the kind of body,
            // as one word, then its name (not "Stiftung Warentest", a noun, "Bank Austria", a place, or
            // "Hauptsielverband Eiderstedt", "Europa-Universität Viadrina": a compound's own name holds the rest)
            found.add(RuleBasedEntityRecognizer.mention(t.get(1), EntityType.ORGANIZATION, List.of()));
            return;
        }
        found.add(new NameMention(doc.text(c.start(), c.end()), c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
        NameMention area = placeRules.trailingArea(doc, c);
        if (area != null && (doc.language.equals("en") || placeOfTheBody(doc, c, area))) {
            found.add(area);
        }
    }

    /**
     * The region or country that ends a body's run is a place of its own where a link word joins it ("Bombeiros dos
     * Açores", "Xunta de Galicia") or a post opens the run ("Kepala Staf Gabungan Korea Selatan"); where it just ends
     * the name ("Jabatan Meteorologi Malaysia", "Universiti Sains Malaysia") it is part of that name.
     */
    private boolean placeOfTheBody(Document doc, Chunk c, NameMention area) {
        List<Tokens.Token> t = c.tokens();
        int first = 0;
        while (first < t.size() && t.get(first).start() < area.start()) {
            first++;
        }
        String before = first > 0 ? t.get(first - 1).lower() : "";
        return lex.isTitle(t.get(0).lower()) || lex.words("name-connector").contains(before) || lex.words("second-connector").contains(before)
                || lex.isAttributionWord("link", before, Set.of(doc.language));
    }

    /**
     * Right after a speech verb, "ujar Humas PT Transportasi Jakarta Angelina Betris" names a post and then the
     * person who holds it: the plain capitalised words that end the run, after the last organisation word or
     * place, are the speaker.
     */
    private boolean splitSpeakerOffOrganisation(Document doc, Chunk c, List<NameMention> found) {
        List<Tokens.Token> t = c.tokens();
        int n = t.size();
        boolean afterCue = evidence.inAttribution(c);
        // "Kepala Dinas Lingkungan Hidup Bantul Ari Budi Nugroho menjawab": in Indonesian and Malay a post, its body
        // and its place stand before the holder's name with no comma wherever the sentence names them
        // (not a company's "PT Jasa Raharja …": its own name may hold given names)
        boolean postFirst = doc.malayLanguage()
                && (lex.isTitle(c.precedingWord()) || lex.isTitle(t.get(0).lower()))
                // (a body's acronym may open the run when the post stands before it: "Kepala Pelaksana BPBD …")
                && (!t.get(0).text().equals(t.get(0).text().toUpperCase(java.util.Locale.ROOT))
                    || lex.isTitle(c.precedingWord()) && !lex.words("company-head").contains(t.get(0).lower()))
                && (!lex.words("company-head").contains(t.get(0).lower()) || evidence.speechVerbAfter(doc, c)); // ("… Perum Bulog Bayu Krisnamurthi mengatakan")
        if (!afterCue && !postFirst || n < 3 || ArticleNamePasses.spelledOutBeforeAcronym(doc, c.start(), c.end(), false)) {
            return false; // "… Keluarga Berencana Nasional (BKKBN)": the whole run is the body the acronym names
        }
        int plain = 0;
        boolean bounded = false; // the plain words end at a word of the body: an acronym, an organisation word, a place
        while (plain < Math.min(4, n - 1)) {
            Tokens.Token x = t.get(n - 1 - plain);
            // (a word the text also writes in lower case is the body's: "Bidang Tindak Pidana Khusus", "tindak pidana")
            if (lex.isOrgWord(x.lower()) || lex.isTitle(x.lower()) || x.text().equals(x.text().toUpperCase())
                    || !gaz.lookup(x.text()).isEmpty() || doc.lowercaseWords.contains(x.lower())) {
                bounded = true;
                break;
            }
            plain++;
        }
        // a given name that is also a place's name ("Ari") still opens the holder's name
        while (postFirst && plain >= 1 && plain < 3 && n - plain - 1 > 0 && lex.isGivenName(t.get(n - plain - 1).lower())
                && !lex.isOrgWord(t.get(n - plain - 1).lower()) && !lex.isTitle(t.get(n - plain - 1).lower())) {
            plain++;
        }
        if (!afterCue && APPOSITION_AFTER.matcher(doc.body).region(c.end(), doc.body.length()).lookingAt()) {
            return false; // "Ketua Kelompok … Mina Sejahtera, Asep Saepudin,": the holder is named in apposition
        }
        if (!afterCue) {
            // Away from a speech verb before the run, a given name shows where the holder's name starts, even when
            // a gazetteer knows the surname as a place ("Ketua Asosiasi Petani Cabai Abdul Hamid": "Petani Cabai" is
            // the body's); so does the body's last word when the holder is the subject of a speech verb right after
            // ("… Perdagangan DIY Syam Arjayanti mengatakan").
            int start = -1;
            for (int j = Math.max(1, n - 4); j <= n - 2 && start < 0; j++) {
                if (lex.isGivenName(t.get(j).lower()) && PersonEvidence.holderWords(lex, doc, t.subList(j, n)) && !endsWithArea(doc, t.subList(j, n))) {
                    start = j;
                }
            }
            if (start > 0) {
                plain = n - start;
            } else if (!(bounded && plain <= 3 && evidence.speechVerbAfter(doc, c) && PersonEvidence.holderWords(lex, doc, t.subList(n - plain, n))
                    && !endsWithArea(doc, t.subList(n - plain, n)))) { // ("… Staf Gabungan Korea Selatan mengatakan")
                return false;
            }
        }
        if (plain < 2) {
            return false;
        }
        Chunk post = c.sub(0, n - plain);
        Chunk person = c.sub(n - plain, n);
        String before = t.get(n - plain - 1).lower();
        if (!gaz.lookup(doc.text(person.start(), person.end())).isEmpty() || lex.words("name-connector").contains(before)
                || lex.isAttributionWord("link", before, Set.of(doc.language))) {
            return false; // "Universidad de Costa Rica": the place or the link ends the body's own name
        }
        organisation(doc, post, found);
        found.add(new NameMention(doc.text(person.start(), person.end()), person.start(), person.end(), EntityType.PERSON, true, List.of()));
        return true;
    }

    /** The words end with a region or country ("Korea Selatan"): the body's place, not a holder's name. */
    private boolean endsWithArea(Document doc, List<Tokens.Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (gaz.lookup(doc.text(words.get(i).start(), words.get(words.size() - 1).end())).stream().anyMatch(Gazetteer.Place::isArea)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Menteri Kehutanan Republik Indonesia": after a title, words that name no one and then a country or region are
     * a post of that place; the place is added to {@code found}.
     */
    /**
     * Indonesian and Malay name a post with its place and then its holder, with no comma: "Bupati Sikka Fransiskus
     * Roberto Diogo", "Gubernur Jawa Barat Ridwan Kamil", "Wali Kota Surabaya Eri Cahyadi". The index where the holder's
     * name starts (after the longest place the gazetteer knows, which is no given name), or 0.
     */
    int holderAfterPostOfPlace(Document doc, List<Tokens.Token> t) {
        if (!doc.malayLanguage() || t.size() < 4 || !lex.isTitle(t.get(0).lower())) {
            return 0;
        }
        int from = t.get(0).lower().equals("wali") && t.get(1).lower().equals("kota") ? 2 : 1;
        // a given name, another title ("Wakil Wali Kota"), a word for a kind of place ("Kota Tana Toraja") or of body
        // ("Ketua Polis Daerah …", whatever town abroad is called Polis) is read otherwise
        if (lex.isGivenName(t.get(from).lower()) || lex.isTitle(t.get(from).lower()) || lex.isPlaceWord(t.get(from).lower())
                || lex.isOrgWord(t.get(from).lower())) {
            return 0;
        }
        for (int len = Math.min(3, t.size() - from - 2); len >= 1; len--) {
            String place = doc.text(t.get(from).start(), t.get(from + len - 1).end());
            if (!gaz.lookup(place).isEmpty() && t.get(from + len).capitalised()) {
                // "Flores Timur", "Sulawesi Tengah": a place's name may end with a direction the gazetteer lacks
                boolean direction = lex.words("compass").contains(t.get(from + len).lower()) && from + len + 2 < t.size();
                return from + len + (direction ? 1 : 0);
            }
        }
        return 0;
    }

    /**
     * Indonesian and Malay "Ketua DPRD Kota Makassar Rudianto Lallo": a post, its body's initials, perhaps a word for a
     * kind of place, the place, then at least two words of the holder's name with no comma. Where the holder's name
     * starts, or 0.
     */
    int holderAfterBodyOfPlace(Document doc, List<Tokens.Token> t) {
        if (!doc.malayLanguage() || t.size() < 5 || !lex.isTitle(t.get(0).lower()) || !RuleBasedEntityRecognizer.initials(t.get(1).text())
                || lex.words("place-initials").contains(t.get(1).lower())) {
            return 0; // ("Gubernur DKI Jakarta …": the post of a province)
        }
        int place = lex.isPlaceWord(t.get(2).lower()) ? 3 : 2;
        for (int len = Math.min(3, t.size() - place - 2); len >= 1; len--) {
            String name = doc.text(t.get(place).start(), t.get(place + len - 1).end());
            if (!gaz.lookup(name).isEmpty() && PersonEvidence.holderWords(lex, doc, t.subList(place + len, t.size()))
                    && gaz.lookup(doc.text(t.get(place + len).start(), t.get(t.size() - 1).end())).isEmpty()) {
                return place + len;
            }
        }
        return 0;
    }
}
