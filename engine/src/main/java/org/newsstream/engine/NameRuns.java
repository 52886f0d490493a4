package org.newsstream.engine;

import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * Names inside a clause: capitalised runs with their particles and links, the titles and role nouns that go, the
 * holder at the end of a post, and whether a name shows a person or an organisation.
 */
abstract class NameRuns extends ClauseWords {
    NameRuns(Clause.Reader r, List<Tokens.Token> tokens) {
        super(r, tokens);
    }


    /** A name inside a segment: tokens [from, to) after titles were dropped; {@code titled} when one was. */
    record Run(int from, int to, boolean titled, boolean extended) {}

    /**
     * The person at the end of a post's run ("Kepala Polresta Tangerang Komisaris Besar Zain Dwi Nugroho", "Kepala
     * BKKBN Hasto Wardoyo"): a person the recognizer found there, or the words after the last title or acronym.
     */
    Run holderAtEnd(Run run) {
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.PERSON && m.end() == end(run.to() - 1) && m.start() > start(run.from())) {
                for (int k = run.from() + 1; k < run.to(); k++) {
                    if (start(k) == m.start()) {
                        return new Run(k, run.to(), true, false);
                    }
                }
            }
        }
        int k = run.to();
        while (k > run.from() && !r.lex.isTitle(lower(k - 1)) && !r.lex.isOrgWord(lower(k - 1)) && !allCaps(k - 1)) {
            k--;
        }
        boolean boundary = k > run.from() && (r.lex.isTitle(lower(k - 1)) || allCaps(k - 1));
        return boundary && k < run.to() ? new Run(k, run.to(), true, false) : null;
    }

    /** The article names a person in full whose name ends with this word ("DFB-Präsident Zwanziger" is Theo Zwanziger). */
    boolean fullNameEndsWith(String lowerWord) {
        String key = Tokens.key(lowerWord);
        List<String> names = r.fullNamesByLastWord.get(key.substring(key.lastIndexOf(' ') + 1));
        return names != null && names.stream().anyMatch(n -> n.endsWith(" " + key));
    }

    /** A place the recognizer found inside the name, after its first word. */
    boolean placeInside(Run run) {
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.LOCATION && m.start() > start(run.from()) && m.end() <= end(run.to() - 1)
                    && (m.places().stream().anyMatch(Gazetteer.Place::isArea) || linkBefore(run, m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** A link word ("de", "of", "di") stands right before the token at this offset inside the run. */
    private boolean linkBefore(Run run, int offset) {
        for (int k = run.from() + 1; k < run.to(); k++) {
            if (start(k) == offset) {
                return is("link", k - 1) || is("of", k - 1);
            }
        }
        return false;
    }

    boolean recognizedAt(int start, int end) {
        for (NameMention m : r.recognized) {
            if (m.start() == start && m.end() == end && m.type() != EntityType.OTHER) {
                return true;
            }
        }
        return false;
    }

    boolean possessive(Run run) {
        int e = end(run.to() - 1);
        String after = r.doc.body.substring(e, Math.min(r.doc.body.length(), e + 2));
        return after.equals("'s") || after.equals("’s");
    }

    boolean isConnectorBeforeName(int i, int b) {
        return connector(lower(i)) && i + 1 < b && capitalised(i + 1) && i > 0 && capitalised(i - 1);
    }

    boolean hasOrgWord(Run run) {
        for (int k = run.from(); k < run.to(); k++) {
            if (r.lex.isOrgWord(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Languages whose organisations' names hold lower-case words anywhere, not only before a capitalised noun. */
    private static final java.util.Set<String> LOWER_CASE_NAMES = java.util.Set.of("fr", "es", "pt", "it");

    /** The name that starts at token k: capitalised words, the particles between them, then titles dropped. */
    Run runAt(int k, int b) {
        // A capitalised function or calendar word opens the sentence, not the name ("As Ryan", "Monday"). German "Der",
        // "Den" open a name only after another particle ("von der Leyen"): first in a sentence they are articles.
        while (k + 1 < b && capitalised(k + 1) && joined(k) && !r.lex.isGivenName(lower(k))
                && (!in("particle", lower(k)) || r.doc.language.equals("de") && in("second-particle", lower(k)))
                && sentenceInitial(k) && (r.lex.isStopword(lower(k), r.doc.language) || r.lex.calendar.contains(lower(k)))) {
            k++;
        }
        int j = k + 1;
        while (j < b) {
            if (!joined(j - 1)) {
                break;
            }
            if (capitalised(j)) {
                // "IPMA Mafalda Bettencourt": an acronym then a given name are two names
                if (allCaps(j - 1) && !allCaps(j) && r.lex.isGivenName(lower(j))) {
                    break;
                }
                // "bezeichnete Santorum Romney als …": two surnames, each the end of a full name in the article, are
                // two people (the verb's subject and its object)
                if (!r.lex.isGivenName(lower(j - 1)) && fullNameEndsWith(lower(j - 1)) && fullNameEndsWith(lower(j))) {
                    break;
                }
                j++;
                continue;
            }
            String w = lower(j);
            boolean nextCapitalised = j + 1 < b && joined(j) && capitalised(j + 1);
            // "der", "den", "la", "le" only follow another particle ("von der Leyen", "de la Cruz"): alone they are
            // articles ("Leiter der Allergieambulanz").
            boolean second = in("second-particle", w);
            // In German and Dutch a particle follows the given name only ("Ursula von der Leyen", "Hennie ter Horst"):
            // after a full name "von der" is "from the".
            boolean germanic = r.doc.language.equals("de") || r.doc.language.equals("nl");
            // ("Wethouder Lot van Hooijdonk": after a title, the one word before the particle is the given name)
            boolean afterGivenName = !germanic || j - k == 1 || second || j - k == 2 && r.lex.isTitle(lower(k));
            boolean particle = in("particle", w) && afterGivenName && (!second || in("particle", lower(j - 1)))
                    && !r.lex.isAttributionWord("not-particle", w, java.util.Set.of(r.doc.language)) // Italian "del" after a name
                    && !orgWordWithin(j + 1 + (j + 1 < b && !capitalised(j + 1) ? 1 : 0), Math.min(b, j + 6)) // "van het Havenbedrijf"

                    && (nextCapitalised || in("particle", lower(Math.min(j + 1, b - 1))) && j + 2 < b && capitalised(j + 2))
                    // German and Dutch "von", "van" take a surname; a given name starts another person ("bekam Maier
                    // von Petra Lange"), where Portuguese "Luciana de Paula Bittencourt" is one
                    && !(germanic && nextCapitalised && r.lex.isGivenName(lower(j + 1)) && j + 2 < b && joined(j + 1) && capitalised(j + 2));
            boolean orgLink = is("link", j) && nextCapitalised && hasOrgWord(new Run(k, j, false, false));
            boolean coordination = in("org-coordination", w) && nextCapitalised
                    && (hasOrgWord(new Run(k, j, false, false)) || orgWordWithin(j + 1, Math.min(b, j + 5)));
            if (particle || orgLink || coordination) {
                j++;
            } else {
                break;
            }
        }
        Run run = new Run(k, j, false, false);
        if (hasOrgWord(run) || companySuffix(lower(j - 1))) {
            // "Comité régional des pêches maritimes de Bretagne", "Chambre fribourgeoise d'agriculture": an
            // organisation's name runs on in lower case up to an adjunct ("dans un communiqué") or the verb. Where
            // nouns are capitalised, lower-case words belong to it only before a noun of it ("Bundesamt für
            // wirtschaftliche Landesversorgung"), not "der Polizeibehörde heißt es".
            int e = j;
            // An article starts a new phrase ("Kritisch bewertet die Partei die geplante …") unless a link word
            // brings it into the name ("Osservatorio per la legalità").
            while (e < b && !breaksAfter(e - 1) && !gap(e - 1).contains("(") && !is("adjunct", e)
                    && !(is("det", e) && !is("link", e - 1) && !is("of", e - 1)) && !is("aux", e) && !is("reported", e) && cueAt(e) == 0
                    && !isPronoun(e) && !Character.isDigit(lower(e).charAt(0))
                    && (LOWER_CASE_NAMES.contains(r.doc.language) || capitalised(e) || e + 1 < b && capitalised(e + 1)
                        || e + 2 < b && !capitalised(e + 1) && capitalised(e + 2))) {
                e++;
            }
            while (!LOWER_CASE_NAMES.contains(r.doc.language) && e > j && !capitalised(e - 1)) {
                e--;
            }
            while (e > j && !capitalised(e - 1) && !Character.isLetter(lower(e - 1).charAt(lower(e - 1).length() - 1))) {
                e--;
            }
            while (e > j && (is("det", e - 1) || is("of", e - 1) || connector(lower(e - 1)))) {
                e--;
            }
            return new Run(k, e, false, e > j);
        }
        int from = k;
        boolean titled = false;
        // Forms of address go ("Mr. Rove" is Rove); posts and ranks too, but one stays before a single name
        // ("Komisaris Purwadi"): a lone word is no full name where people go by one name (Indonesian, Malay); elsewhere
        // the surname is what the article calls the person ("DFB-Präsident Zwanziger").
        boolean singleNames = r.doc.malayLanguage();
        while (j - from > 1 && (is("honorific", from) || (j - from > 2 || !singleNames || fullNameEndsWith(lower(j - 1))) && (r.lex.isTitle(lower(from))
                || gap(from).startsWith(".") && t.get(from).text().length() >= 2 && t.get(from).text().length() <= 5))) {
            from++;
            titled = true;
        }
        // German capitalises nouns: "Hotelier Boy Lorenzen", "Verteidiger Cem Yıldırım" are a role noun, a given name
        // and a surname.
        // Any language's role noun is capitalised where it opens the sentence ("Meester Jo Vanstraelen, …").
        if ((r.doc.language.equals("de") || sentenceInitial(from)) && j - from >= 3 && !r.lex.givenNames.contains(lower(from)) && !r.lex.surnames.contains(lower(from))
                && r.lex.givenNames.contains(lower(from + 1))) {
            from++;
            titled = true;
        }
        // German strings role nouns before the name ("Englands Mannschaftskapitän Steven Gerrard"): the name starts
        // at its first given name, when a surname follows it.
        if (r.doc.language.equals("de")) {
            for (int g = from + 1; g < j - 1; g++) {
                if (r.lex.isGivenName(lower(g)) && !r.lex.isGivenName(lower(from))) {
                    from = g;
                    titled = true;
                    break;
                }
            }
        }
        // "Kapolres Metro Bekasi Kombes Pol Dani Hamdani": a post, its place, a rank, then the name; a title inside the
        // run ends what comes before the name (when two words are left for it and no body's word is in the run)
        if (titled && !hasOrgWord(new Run(from, j, false, false))) {
            for (int g = j - 3; g > from; g--) {
                if (r.lex.isTitle(lower(g)) && !r.lex.isGivenName(lower(g))) {
                    from = g + 1;
                    while (j - from > 2 && r.lex.isTitle(lower(from))) {
                        from++;
                    }
                    break;
                }
            }
        }
        while (from < j && !capitalised(from) && connector(lower(from))) {
            from++;
        }
        return new Run(from, j, titled, false);
    }

    /** The speaker a name stands for, typed by what the name itself shows; null type when it shows nothing. */
    /**
     * "Menteri Koordinator Perekonomian Airlangga Hartarto": in Indonesian and Malay, a post's portfolio (an abstract
     * noun of a confix after the titles) is not the holder's name, which starts at the first given name or surname.
     */
    private Run afterPortfolio(Run run) {
        if (!r.doc.malayLanguage()) {
            return run;
        }
        List<String> words = new java.util.ArrayList<>();
        for (int k = run.from(); k < run.to(); k++) {
            words.add(lower(k));
        }
        int holder = r.lex.holderAfterPortfolio(words, r.doc.language);
        return holder < 0 || holder >= words.size() ? run : new Run(run.from() + holder, run.to(), true, false);
    }

    /**
     * "Jefferson County Sheriff Reggie Marinelli", "Transport Secretary Louise Haigh": a title inside the run with a
     * given name right after it; the person's name starts there.
     */
    private Run afterInnerTitle(Run run) {
        for (int k = run.to() - 3; k > run.from(); k--) {
            if (r.lex.isTitle(lower(k)) && r.lex.isGivenName(lower(k + 1)) && !r.lex.isOrgWord(lower(k + 1))) {
                return new Run(k + 1, run.to(), true, false);
            }
        }
        return run;
    }

    /** The body the article named last before token k whose name opens the German compound at k, else null. */
    private NameMention bodyOpeningCompound(int k) {
        String word = t.get(k).text();
        NameMention found = null;
        for (NameMention m : r.recognized) {
            if (m.type() != EntityType.ORGANIZATION || m.start() >= start(k) || m.text().contains(" ") || !word.startsWith(m.text())
                    || word.length() < m.text().length() + 4) {
                continue;
            }
            String rest = word.substring(m.text().length());
            rest = rest.startsWith("-") ? rest.substring(1) : rest;
            if (!rest.isEmpty() && r.lex.mayBeGermanNoun(rest.toLowerCase(java.util.Locale.ROOT))) {
                found = m;
            }
        }
        return found;
    }

    private boolean compoundBodyNamedNowhereElse(String lowerWord) {
        String nominative = r.lex.germanGenitiveNoun(lowerWord);
        if (r.lex.orgWords.contains(nominative != null ? nominative : lowerWord) || !r.lex.isOrgWord(lowerWord) || r.lex.isGenericBodyNoun(Tokens.key(lowerWord), "de")) {
            return false;
        }
        String key = Tokens.key(lowerWord);
        // (nor one the article put before a body's name: "die Betreibergesellschaft Ostsee Wind GmbH")
        return r.recognized.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION && (m.tokenCount() > 1
                && (" " + m.key() + " ").contains(" " + key + " ") || Tokens.key(Tokens.wordBefore(r.doc.body, m.start())).equals(key)));
    }

    SpeakerGrammar.Speaker name(Run run, boolean determined) {
        if (run.from() >= run.to()) {
            return null;
        }
        run = afterPortfolio(run);
        run = afterInnerTitle(run);
        // "zei de Nederlandse regering", "the Chinese embassy said": a body the recognizer found whose name goes on in
        // lower case after the capitalised words
        int runStart = start(run.from());
        int runEnd = end(run.to() - 1);
        for (NameMention m : r.recognized) {
            if (m.end() == runEnd && m.start() < runStart && m.type() == EntityType.PERSON
                    && java.util.Arrays.stream(r.doc.text(m.start(), runStart).strip().split("\\s+"))
                        .allMatch(w -> r.lex.words("name-connector").contains(w.toLowerCase(java.util.Locale.ROOT))
                                || r.lex.words("second-connector").contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                // "aldus Van der Tak": the surname's particles, capitalised, that the run left out
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, m.start(), m.end(), EntityType.PERSON, null);
            }
            if (m.start() == runStart && m.end() > runEnd && m.type() == EntityType.ORGANIZATION
                    && Character.isLowerCase(r.doc.body.substring(runEnd, m.end()).strip().codePointAt(0))) {
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, m.start(), m.end(), EntityType.ORGANIZATION, null);
            }
        }
        // "Kassels Oberbürgermeister Bertram Hilgen": the person the recognizer found at the end of a longer run.
        if (r.doc.language.equals("de") && run.to() - run.from() >= 3 && !run.extended() && !hasOrgWord(run)) {
            for (NameMention m : r.recognized) {
                if (m.type() == EntityType.PERSON && m.end() == end(run.to() - 1) && m.start() > start(run.from()) && m.tokenCount() >= 2) {
                    for (int k = run.from() + 1; k < run.to(); k++) {
                        if (start(k) == m.start()) {
                            run = new Run(k, run.to(), true, false);
                        }
                    }
                }
            }
        }
        NameMention body = r.doc.language.equals("de") && run.to() - run.from() == 1 ? bodyOpeningCompound(run.from()) : null;
        if (body != null) {
            // "des Bundeswehrberichts", "eine DFB-Mitteilung", "der Polizeisprecher": a compound whose first part is a
            // body the article names speaks for that body
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, body.start(), body.end(), EntityType.ORGANIZATION, null);
        }
        // German capitalises every noun: one capitalised word is a name only with evidence ("Vergleich", "Irrweg").
        if (r.doc.language.equals("de") && run.to() - run.from() == 1 && !allCaps(run.from()) && !r.lex.isOrgWord(lower(run.from()))
                && !recognizedAt(start(run.from()), end(run.from())) && !r.lex.isGivenName(lower(run.from()))
                && !r.lex.isSurname(lower(run.from())) && !fullNameEndsWith(lower(run.from()))) {
            return null;
        }
        // "Die Kritik des Datenschutzbeauftragten": a German noun with a genitive after it is a noun phrase, not a name,
        // unless its first word shows a name or a body
        if (r.doc.language.equals("de") && run.to() - run.from() >= 3 && is("of", run.from() + 1) && !allCaps(run.from())
                && !r.lex.isOrgWord(lower(run.from())) && !recognizedAt(start(run.from()), end(run.to() - 1)) && !r.lex.isGivenName(lower(run.from()))
                && !r.lex.isSurname(lower(run.from())) && !r.lex.isTitle(lower(run.from())) && !hasOrgWord(run)) {
            return null;
        }
        // "Seine Begründung", "die Stadt": one common noun with an article names no one (German capitalises nouns).
        if (determined && r.doc.language.equals("de") && run.to() - run.from() == 1 && !allCaps(run.from()) && !r.lex.isOrgWord(lower(run.from()))
                && !recognizedAt(start(run.from()), end(run.from()))) {
            return null;
        }
        String text = text(run.from(), run.to());
        int k = run.from();
        boolean subjectsArticle = k >= 1 && is("det", k - 1) && !is("indefinite", k - 1) && (k < 2 || !preposition(k - 2));
        if (r.doc.language.equals("de") && run.to() - run.from() == 1 && subjectsArticle && compoundBodyNamedNowhereElse(lower(run.from()))) {
            // "Die Generalbundesanwaltschaft hatte … begründet": a German compound that heads a body's name, with an
            // article no preposition governs, where the article names no body with it, is that body's name ("der Handballverband" after "Norddeutscher
            // Handballverband" is that one again)
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, start(run.from()), end(run.from()), EntityType.ORGANIZATION, null);
        }
        if (run.to() - run.from() == 1 && !allCaps(run.from()) && r.lex.isOrgWord(lower(run.from())) && r.lex.organization(text) == null) {
            // "Majelis hakim memutuskan", "The Council said": one organisation word is a common noun for a body named
            // before, not a body's name
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.REFERENCE, start(run.from()), end(run.from()), EntityType.ORGANIZATION, null);
        }
        EntityType type;
        if (run.extended() || hasOrgWord(run) || companySuffix(lower(run.to() - 1))
                || (run.to() - run.from() == 1 && allCaps(run.from())) || r.lex.organization(text) != null) {
            type = EntityType.ORGANIZATION;
        } else if (run.titled() || r.lex.isGivenName(lower(run.from()))) {
            type = EntityType.PERSON;
        } else if (run.to() - run.from() >= 2 && placeInside(run)) {
            type = EntityType.ORGANIZATION; // "Xunta de Galicia", "Cycling New Zealand": a body named after its place
        } else if (determined) {
            type = EntityType.ORGANIZATION; // "die Deutsche Bahn": a name with an article is not a person's
        } else {
            type = null;
        }
        return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, start(run.from()), end(run.to() - 1), type, null);
    }
}
