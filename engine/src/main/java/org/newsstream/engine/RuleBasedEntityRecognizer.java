package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * Names from capitalisation and context, in any Latin-script language. Capitalised runs are cut at function
 * words, known organisations and titles; each part is then typed by evidence, never by default: titles, roles,
 * given names and surnames, appositions, ages, bylines and speech verbs (person); organisation words, known
 * organisations and group nouns (organisation); the gazetteer, place words, Indonesia's list of areas and
 * locatives (location); the other names of the article (a lone surname is the person named in full elsewhere).
 * A phrase with no evidence is {@code OTHER}. The parts, in the order they run:
 * <ul>
 *   <li>{@link NameChunker} cuts a paragraph into capitalised runs;</li>
 *   <li>{@link #classify} types each run where it stands, with {@link RunSurroundings} (what the words around it
 *   say), {@link PersonEvidence}, {@link PlacesInRuns} and {@link BodyRuns} (a body's run, and a post's holder named
 *   in it);</li>
 *   <li>{@link LeftoverNames} types the runs that needed the whole article;</li>
 *   <li>{@link ArticleNamePasses} works over the whole article (lists, acronyms, lower-case words of names);</li>
 *   <li>{@link GermanNounFilter} drops German common nouns;</li>
 *   <li>{@link StateBodies} adds the bodies a state's adjective names ("die syrische Regierung", "the Israeli
 *   military"), last.</li>
 * </ul>
 */
public final class RuleBasedEntityRecognizer implements EntityRecognizer {
    private final Set<String> locatives;
    /** Forms of address, unlike ranks and posts not part of how an article names someone ("Pak Moertodjo"). */
    private final Set<String> formsOfAddress;
    /** Nouns for groups that stand before a name in lower case: "band Pink Floyd", "klub Sampdoria". */
    private final Set<String> groupNouns;
    private final Set<String> directions;
    private static final Pattern DOMAIN = Pattern.compile(".*[\\p{L}\\d]\\.(com|net|org|co|id|my|news|tv|info|uk|de|fr|es|it|nl|br)$");
    /** A place made into an adjective: "Washington-based", "London-born", "Jakarta-based". */
    private static final Pattern BASED = Pattern.compile("(\\p{Lu}[\\p{L}.]*)-(based|born|bred|headquartered)");
    /** A single capitalised place name needs this many people to count without other evidence. */
    static final long BARE_CITY_POPULATION = 100_000;

    private final Lexicon lex;
    private final Gazetteer gaz;
    private final ArticleNamePasses passes;
    private final NameChunker chunker;
    private final PersonEvidence evidence;
    private final PlacesInRuns placeRules;
    private final LeftoverNames leftovers;
    private final BodyRuns bodies;
    private final GermanNounFilter germanNouns;
    private final StateBodies stateBodies;
    private final RunSurroundings surroundings;

    public RuleBasedEntityRecognizer(Lexicon lexicon, Gazetteer gazetteer) {
        locatives = lexicon.words("locative");
        formsOfAddress = lexicon.words("form-of-address");
        groupNouns = lexicon.words("group-noun");
        directions = lexicon.words("direction");
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.passes = new ArticleNamePasses(lexicon, gazetteer);
        this.chunker = new NameChunker(lexicon, gazetteer);
        this.evidence = new PersonEvidence(lexicon, gazetteer);
        this.placeRules = new PlacesInRuns(lexicon, gazetteer, evidence);
        this.leftovers = new LeftoverNames(lexicon, gazetteer, evidence, placeRules);
        this.bodies = new BodyRuns(lexicon, gazetteer, evidence, placeRules);
        this.germanNouns = new GermanNounFilter(lexicon);
        this.stateBodies = new StateBodies(lexicon, () -> gazetteer);
        this.surroundings = new RunSurroundings(lexicon, gazetteer, evidence);
    }

    /** Work in progress for one article (the recognizer itself is shared between threads). */
    record Found(List<NameMention> names, List<Chunk> singles, List<Chunk> unknownPhrases) {}

    @Override
    public List<NameMention> recognize(Document doc) {
        Found work = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<NameMention> found = work.names();
        List<Chunk> singles = work.singles();
        int datelineEnd = doc.datelineEnd();
        for (Document.Paragraph p : doc.paragraphs) {
            if (p.kind() != Document.Kind.BOILERPLATE) {
                for (Chunk c : chunker.chunks(doc, p, datelineEnd, found)) {
                    classify(doc, c, work);
                }
            }
        }
        leftovers.resolveUnknownPhrases(doc, found, work);
        leftovers.resolveSingles(doc, found, singles);
        List<NameMention> left = leftovers.asOther(doc, found, singles);
        passes.typeThroughLists(doc, found, left);
        if (!GermanNounFilter.capitalisesNouns(doc)) {
            passes.townsOfTheStorysCountry(found, left);
        }
        passes.includeLowercasePlaceWords(doc, found);
        passes.lowercaseFacilities(doc, found);
        passes.lowercaseBodies(doc, found);
        passes.listedBodiesWithLowercaseWords(doc, found);
        passes.addAcronyms(doc, found);
        passes.personsInAppositionBeforeSpeech(doc, found);
        passes.saintsAreNoPeople(found);
        passes.surnamesOfPeopleNamedInFull(doc, found);
        passes.splitKnownBodyFromHolder(doc, found);
        passes.withoutPostNominals(doc, found);
        found.replaceAll(m -> m.type() == EntityType.PERSON ? withoutPortfolio(doc, m) : m);
        found.removeIf(java.util.Objects::isNull);
        // "(Kamis)", "Monday": a day or a month names no one and nothing, whatever brackets it stands in; nor does a
        // feast after a link word ("il mercatino di Natale"), whichever pass took it for a given name
        found.removeIf(m -> m.tokenCount() == 1 && (lex.calendar.contains(m.key()) || lex.words("holiday").contains(m.text().toLowerCase(java.util.Locale.ROOT))
                && lex.words("object-of").contains(Tokens.wordBefore(doc.body, m.start()))));
        // "El Norte de Castilla": "de" and a place after it is "of Castile", no one's name ("de Gaulle" is no place)
        found.removeIf(m -> m.type() == EntityType.PERSON && m.tokenCount() == 2 && Character.isLowerCase(m.text().charAt(0))
                && !gaz.lookup(m.text().substring(m.text().indexOf(' ') + 1)).isEmpty());
        List<NameMention> whole = found.stream().filter(m -> m.type() == EntityType.LOCATION).toList();
        // One name, one kind in an article: "Southern Water has been fined" is the body that "Southern Water's chief
        // executive" shows it to be (where the article's typed uses of the name agree)
        java.util.Map<String, EntityType> typed = new java.util.HashMap<>();
        for (NameMention m : found) {
            if (m.type() != EntityType.OTHER && m.tokenCount() > 1) {
                typed.merge(m.key(), m.type(), (a, b) -> a == b ? a : EntityType.OTHER);
            }
        }
        found.replaceAll(m -> m.type() == EntityType.OTHER && typed.getOrDefault(m.key(), EntityType.OTHER) != EntityType.OTHER
                ? new NameMention(m.text(), m.start(), m.end(), typed.get(m.key()), false, m.places()) : m);
        // "Monaco di Baviera" read past its run: the run after it ("Baviera") is part of that name
        found.removeIf(m -> whole.stream().anyMatch(w -> w != m && w.start() <= m.start() && m.end() <= w.end()
                && w.end() - w.start() > m.end() - m.start()));
        return stateBodies.apply(doc, germanNouns.apply(doc, passes.keepHeadingMentionsThatAreKnown(doc, found)));
    }

    /**
     * "Menteri Pertanian", "Perekonomian Airlangga Hartarto": in Indonesian and Malay a post's portfolio is no person;
     * the holder named after it is (null when no one is: "Pembebasan Bersyarat").
     */
    private NameMention withoutPortfolio(Document doc, NameMention m) {
        if (!doc.malayLanguage()) {
            return m; // (no tokenising of every person in the other languages)
        }
        List<Tokens.Token> t = Tokens.tokenize(doc.body, m.start(), m.end());
        int holder = lex.holderAfterPortfolio(t.stream().map(Tokens.Token::lower).toList(), doc.language);
        if (holder < 0) {
            return m;
        }
        if (holder >= t.size()) {
            return null;
        }
        int start = t.get(holder).start();
        return new NameMention(doc.text(start, m.end()), start, m.end(), m.type(), true, m.places());
    }

    private void classify(Document doc, Chunk c, Found work) {
        List<NameMention> found = work.names();
        List<Tokens.Token> t = c.tokens();
        int n = t.size();
        String text = doc.text(c.start(), c.end());
        // "of" binds "Bank of England" and "University of Oxford", not "Johnathan J. Dunbar of Austin" or
        // "David Sandalow of Columbia University": split unless the part before it names an organisation, or the
        // whole is a known place.
        for (int i = 1; i < n - 1; i++) {
            final int at = i;
            // ("Isle of Coll" is one place; "City of York Council" one body, a place's kind before "of", a body's after)
            boolean placesBody = lex.isPlaceWord(t.get(0).lower()) && lex.isOrgWord(t.get(n - 1).lower());
            if (t.get(i).text().equals("of") && t.subList(0, at).stream().noneMatch(x -> lex.isOrgWord(x.lower())) && !placesBody
                    && !lex.words("place-of-head").contains(t.get(0).lower()) && gaz.lookup(text).isEmpty()) {
                classify(doc, c.sub(0, i), work);
                classify(doc, c.sub(i + 1, n), work);
                return;
            }
        }
        if (t.stream().allMatch(x -> lex.isTitle(x.lower()))) {
            return;
        }
        if (n == 1 && lex.words("holiday").contains(t.get(0).lower()) && lex.words("object-of").contains(c.precedingWord())) {
            return; // "il mercatino di Natale": the feast
        }
        if (n >= 3 && lex.words("holiday").contains(t.get(0).lower()) && !t.get(1).capitalised()) {
            classify(doc, c.sub(2, n), work); // "le marché de Noël de Strasbourg": the feast, then the place it is held in
            return;
        }
        if (doc.language.equals("nl") && n >= 2 && !c.sentenceInitial() && t.get(0).text().equals("Van") && !orgWordIn(t)) {
            // "aldus Van der Tak", "zei Van Dam": Dutch capitalises the particle of a surname named without its given
            // name; not the Turkish town
            found.add(new NameMention(text, c.start(), c.end(), EntityType.PERSON, false, List.of()));
            return;
        }
        int bodyHolder = bodies.holderAfterBodyOfPlace(doc, t);
        if (bodyHolder > 0) {
            // "Ketua DPRD Kota Makassar Rudianto Lallo": a post, its body's initials and place, its holder
            int end = t.get(bodyHolder - 1).end();
            found.add(new NameMention(doc.text(t.get(1).start(), end), t.get(1).start(), end, EntityType.ORGANIZATION, false, List.of()));
            int hs = t.get(bodyHolder).start();
            found.add(new NameMention(doc.text(hs, c.end()), hs, c.end(), EntityType.PERSON, true, List.of()));
            return;
        }
        int holder = bodies.holderAfterPostOfPlace(doc, t);
        if (holder > 0) {
            // "Bupati Sikka Fransiskus Roberto Diogo", "Wali Kota Surabaya Eri Cahyadi": a post, its place, its holder
            int placeFrom = t.get(0).text().equalsIgnoreCase("wali") ? 2 : 1;
            int start = t.get(placeFrom).start();
            int end = t.get(holder - 1).end();
            found.add(new NameMention(doc.text(start, end), start, end, EntityType.LOCATION, false, gaz.lookup(doc.text(start, end))));
            int hs = t.get(holder).start();
            found.add(new NameMention(doc.text(hs, c.end()), hs, c.end(), EntityType.PERSON, true, List.of())); // a post's holder
            return;
        }
        int given = nounBeforeGivenName(t);
        // "Reiziger Jeroen Bakker was …", "Resident Maria Lopes said …": at a sentence's start any language capitalises
        // the noun of a role before a given name
        boolean roleOpensSentence = given == 1 && c.sentenceInitial() && gaz.lookup(t.get(0).text()).isEmpty();
        // "wethouder Mobiliteit Jeroen Bakker", "minister Infrastructuur Karin Vos": after a role in lower case, the
        // capitalised words before a given name are the role's portfolio, not the person's name
        boolean portfolio = given > 0 && !GermanNounFilter.capitalisesNouns(doc) && !roleOpensSentence && surroundings.lowercaseTitleBefore(doc, c)
                && t.subList(0, given).stream().allMatch(x -> x.text().length() >= 3); // "founder S. Daniel Abraham": an initial
        if ((GermanNounFilter.capitalisesNouns(doc) || roleOpensSentence || portfolio) && given > 0) {
            if (!portfolio) {
                classify(doc, c.sub(0, given), work); // a portfolio names no one and nothing on its own
            }
            classify(doc, c.sub(given, n), work);
            return;
        }
        if (n >= 3 && initials(t.get(0).text()) && lex.isGivenName(t.get(1).lower()) && !lex.isOrgWord(t.get(0).lower())) {
            // "disse ao JN Manuel Pinto": a body's initials, then a person's name, are two names
            classify(doc, c.sub(0, 1), work);
            classify(doc, c.sub(1, n), work);
            return;
        }
        int facility = surroundings.facilityNamedAfterPerson(doc, c);
        if (facility >= 0) {
            // "el puente de Isabel la Católica": a bridge named after a queen, not a Solomon Islands province
            found.add(new NameMention(doc.text(facility, c.end()), facility, c.end(), EntityType.LOCATION, false, List.of()));
            return;
        }
        if (surroundings.placeNounBefore(c) && !lex.isOrgWord(t.get(0).lower())) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, gaz.lookup(text)));
            return; // "en el barrio de Tres Mil Viviendas", "la commune de Saint-Malo": what kind of place, then its name
        }
        if (surroundings.bodyNounInApposition(doc, c)) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return; // "The company behind the plan, Greenway Recycling, said": the body the phrase names
        }
        if (surroundings.kindNounAfter(doc, c)) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return; // "the Unite union", "the Labour party": English puts the kind of body after its name
        }
        NameMention longer = placeRules.placeReachingPastRun(doc, c);
        if (longer != null) {
            found.add(longer); // "Frankfurt (Oder)", "Frankfurt an der Oder": the gazetteer's name runs on
            return;
        }
        if (surroundings.quotedAfterBodyNoun(doc, c)) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return;
        }
        if (chunker.sportBody(doc, c)) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return;
        }
        Matcher based = BASED.matcher(text);
        if (n == 1 && based.matches()) {
            // "a Washington-based nonprofit", "London-born": the place the word is made from
            List<Gazetteer.Place> places = gaz.lookup(based.group(1));
            if (!places.isEmpty()) {
                found.add(new NameMention(based.group(1), c.start(), c.start() + based.group(1).length(), EntityType.LOCATION,
                        false, places));
            }
            return;
        }
        if (n == 1 && lex.isOrgWord(t.get(0).lower()) && lex.organization(text) == null) {
            if (namedCompound(text)) {
                // "Konrad-Adenauer-Stiftung", "Robert-Koch-Institut": a body named after someone, in one word
                found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            }
            return; // "Sekolah", "SMA", "Records": a common noun with a capital
        }
        if (n == 1 && c.sentenceInitial() && lex.isFunctionWord(t.get(0).lower(), doc.language) && !lex.isGivenName(t.get(0).lower())) {
            return; // "Cada litro…", "Ban …": a function word that opens a sentence, whatever a gazetteer says
        }
        if (n == 1 && (lex.isFunctionWord(t.get(0).lower(), doc.language) || lex.isPlaceWord(t.get(0).lower())
                || directions.contains(t.get(0).lower())) && !c.precedingWord().equals("the")
                && gaz.lookup(text).stream().noneMatch(p -> p.isArea() || !p.kind().equals("city"))) {
            return; // "Sama", "Maka", "Desa", "Barat" alone: words, not names ("the Gulf", "West" for the West are)
        }
        if (c.sentenceInitial() && n >= 3 && (lex.isTitle(t.get(1).lower()) || doc.malayLanguage() && lex.isPlaceWord(t.get(1).lower())) && !lex.isTitle(t.get(0).lower())
                && !lex.isGivenName(t.get(0).lower()) && !lex.isSurname(t.get(0).lower()) && !lex.isOrgWord(t.get(0).lower())
                && !lex.isPlaceWord(t.get(0).lower())
                && gaz.lookup(t.get(0).text()).stream().noneMatch(Gazetteer.Place::isNotable)) {
            classify(doc, c.sub(1, n), work); // "Local MSP Kenneth Gibson", "Warga Desa Sukamaju": the sentence's capital on a word before a title, or before
            // a place word in Indonesian and Malay, which put it first ("Jefferson County" is a name)
            return;
        }
        int firstNonTitle = 0;
        while (firstNonTitle < n && (lex.isTitle(t.get(firstNonTitle).lower()) || titleOfTwoWords(t, firstNonTitle))) {
            firstNonTitle++;
        }
        if (firstNonTitle > 0 && firstNonTitle < n - 1 && lex.isPlaceWord(t.get(firstNonTitle).lower())) {
            classify(doc, c.sub(firstNonTitle, n), work); // "Kepala SMA Negeri 1 Kawali": the head of a place
            return;
        }
        int lastTitle = -1;
        // "SMA Negeri 1 Kawali", "Kementerian Luar Negeri Rusia": a run that opens with a place or organisation word
        // names that place or body; the title words inside it ("Negeri", "Luar") make no one a person.
        boolean opensWithKind = lex.isPlaceWord(t.get(0).lower()) || lex.isOrgWord(t.get(0).lower());
        for (int i = 0; i < n - 1 && !opensWithKind; i++) {
            // "Jakob M. Mierscheid": one letter after a given name is an initial, not a title ("M." for Monsieur)
            boolean initial = t.get(i).text().length() == 1 && i > 0 && lex.isGivenName(t.get(i - 1).lower());
            if ((lex.isTitle(t.get(i).lower()) || titleOfTwoWords(t, i)) && !initial) {
                lastTitle = i;
            }
        }
        boolean orgWord = t.stream().anyMatch(x -> lex.isOrgWord(x.lower()));
        if (lastTitle >= 0) {
            // ("Governor Jared Polis": a given name right after the title names a person, whatever word ends it)
            // ("Ketua Pegawai Eksekutif Prasarana Malaysia Berhad": a company's suffix ends a body's name too)
            boolean orgAfterTitle = (t.subList(lastTitle + 1, n).stream().anyMatch(x -> lex.isOrgWord(x.lower()))
                    || lex.words("company-suffix").contains(t.get(n - 1).lower().replace(".", "")))
                    && !(lex.isGivenName(t.get(lastTitle + 1).lower()) && !lex.isOrgWord(t.get(lastTitle + 1).lower()));
            if (orgAfterTitle) {
                if (n == 2 && lex.organization(text) == null) {
                    return; // "Kepala Sekolah", "Head Office": a post or a common noun, not a body's name
                }
                // "Kepala Dinas Kesehatan Kabupaten Sikka": the post goes, the body it heads is the organisation.
                int body = 0;
                // ("Ketua Umum Perkumpulan …": a title of two words, whose second word is no title alone)
                while (body < n - 1 && (lex.isTitle(t.get(body).lower()) || body > 0 && lex.isTitle(t.get(body - 1).lower() + " " + t.get(body).lower()))
                        && !lex.isOrgWord(t.get(body).lower())) {
                    body++;
                }
                while (body > 0 && body < n - 1 && !t.get(body).capitalised()) {
                    body++; // "Fuentes del Ministerio": the link after the post is neither's
                }
                // Some bodies are named by a post ("Kepala Staf Gabungan", the joint chiefs of staff): those keep it.
                boolean namedByPost = body < n && lex.isAttributionWord("post-body", t.get(body).lower(), doc.language.equals("en") ? Set.of("en") : Set.of(doc.language, "en"));
                int before = found.size();
                bodies.organisation(doc, body > 0 && !namedByPost && !bodies.splitsOffSpeaker(c) ? c.sub(body, n) : c, found);
                if (body > 0 && !namedByPost) {
                    // After a speech verb the run was read whole (its end may be the speaker); its post still goes.
                    int bodyStart = t.get(body).start();
                    for (int k = before; k < found.size(); k++) {
                        NameMention m = found.get(k);
                        if (m.type() == EntityType.ORGANIZATION && m.start() == c.start() && m.end() > bodyStart) {
                            found.set(k, new NameMention(doc.text(bodyStart, m.end()), bodyStart, m.end(), m.type(), false, m.places()));
                        }
                    }
                }
                return;
            }
            List<Integer> prefix = new ArrayList<>();
            boolean inBody = false;
            for (int i = 0; i <= lastTitle; i++) {
                // "Kepala Dinas Perindustrian dan Perdagangan …": a portfolio after an organisation word is the body's
                if (i < lastTitle && !lex.isTitle(t.get(i).lower()) || inBody && lex.isPortfolio(t.get(i).lower())) {
                    prefix.add(i);
                }
                inBody |= lex.isOrgWord(t.get(i).lower());
            }
            int from = lastTitle + 1;
            if (!prefix.isEmpty() && n - from >= 3 && isAcronym(t.get(from).text())) {
                prefix.add(from++); // "… Perdagangan DIY Syam Arjayanti": the region's acronym ends the body's name
            }
            if (!prefix.isEmpty() && prefix.get(prefix.size() - 1) == lastTitle && n - from >= 2 && !t.get(from).capitalised()) {
                bodies.organisation(doc, c.sub(prefix.get(0), n), found); // "Kementerian … Dalam Negeri dan Kos Sara Hidup": the body goes on
                return;
            }
            if (!prefix.isEmpty() && prefix.get(prefix.size() - 1) == lastTitle && n - from == 1) {
                bodies.organisation(doc, c.sub(prefix.get(0), n), found); // "Kejaksaan Negeri Badung": one word after the body's portfolio ends its name
                return;
            }
            if (!prefix.isEmpty()) {
                Chunk p = c.sub(prefix.get(0), prefix.get(prefix.size() - 1) + 1);
                bodies.placeOrOrganisation(doc, p, found);
            }
            Chunk rest = c.sub(from, n);
            List<Gazetteer.Place> restPlaces = gaz.lookup(doc.text(rest.start(), rest.end()));
            if (!restPlaces.isEmpty() && (rest.tokens().size() > 1 || placeRules.acceptBarePlace(rest, restPlaces))) {
                // "Presiden Rusia", "Gubernur Jawa Barat": a post of a place, not a person's name
                found.add(new NameMention(doc.text(rest.start(), rest.end()), rest.start(), rest.end(), EntityType.LOCATION,
                        false, restPlaces));
                return;
            }
            if (placeRules.postOfArea(doc, rest, found)) {
                return;
            }
            List<Gazetteer.Place> owner = placeRules.germanGenitivePlace(doc, rest);
            if (!owner.isEmpty()) {
                // "Präsident Südafrikas", "Gouverneurin Alaskas": the post of a place in the genitive
                found.add(new NameMention(doc.text(rest.start(), rest.end()), rest.start(), rest.end(), EntityType.LOCATION, false, owner));
                return;
            }
            if (n - from == 1 && initials(t.get(from).text()) && gaz.lookup(t.get(from).text()).isEmpty()) {
                // "Ketua RT setempat", "Kepala BPBD": a post of a body named by its initials, no one's name
                found.add(mention(t.get(from), EntityType.ORGANIZATION, List.of()));
                return;
            }
            if (n - from == 1 && doc.malayLanguage()) {
                // A single name in Indonesian or Malay news ("Komisaris Besar Faizal"), where many people go by
                // one name: the rank is part of how the article names the person. ("President Trump" is Trump.)
                while (from > 0 && lex.isTitle(t.get(from - 1).lower()) && !formsOfAddress.contains(t.get(from - 1).lower())) {
                    from--;
                }
            }
            Chunk named = c.sub(from, n);
            String namedKey = Tokens.key(doc.text(named.start(), named.end()));
            if (found.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.key().equals(namedKey))) {
                // "Direktur Utama Garuda Indonesia, Irfan Setiaputra": the post of a body the article named before
                found.add(new NameMention(doc.text(named.start(), named.end()), named.start(), named.end(), EntityType.ORGANIZATION, false, List.of()));
                return;
            }
            bodies.person(doc, named, true, found);
            return;
        }
        if (lex.words("kin-noun").contains(c.precedingWord()) && lex.isGivenName(t.get(0).lower()) && !orgWordIn(t)) {
            // "la moglie Franca", "his wife Lisa Hart": a relative's noun before a given name, whatever town shares it
            found.add(new NameMention(text, c.start(), c.end(), EntityType.PERSON, true, List.of()));
            return;
        }
        List<Gazetteer.Place> places = placeRules.placesOf(doc, text, c.end());
        if (places.isEmpty() && n > 1 && directions.contains(t.get(0).lower())) {
            // "Northeast Georgia", "Southern California": part of a place is still that place on the map.
            List<Gazetteer.Place> rest = gaz.lookup(doc.text(t.get(1).start(), c.end()));
            if (rest.stream().anyMatch(Gazetteer.Place::isArea)) {
                found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, rest));
                return;
            }
        }
        // ("il sindaco Massimo Isola": a title, then a given name, is a person whose surname is a place word)
        // ("wethouder Lot van Hooijdonk": a given name that is a word of another language is still one after a title)
        boolean titledPerson = lex.isTitle(c.precedingWord()) && (lex.isGivenName(t.get(0).lower())
                || n > 1 && lex.givenNames.contains(t.get(0).lower()) && !lex.isStopword(t.get(0).lower(), doc.language));
        if (places.isEmpty() && n > 1 && !orgWord && !titledPerson
                && (lex.isPlaceWord(t.get(0).lower()) || lex.isPlaceWord(t.get(n - 1).lower()))) {
            // "Kabupaten Sragen", "Madison County": a place even when the gazetteer does not know it; where
            // it knows the bare name, that gives the coordinates.
            boolean head = lex.isPlaceWord(t.get(0).lower());
            Chunk bare = head ? c.sub(1, n) : c.sub(0, n - 1);
            boolean admin = lex.isAdminWord((head ? t.get(0) : t.get(n - 1)).lower(), head);
            found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false,
                    admin ? gaz.lookup(doc.text(bare.start(), bare.end())) : List.of()));
            return;
        }
        if (!orgWord && n >= 3 && !lex.isGivenName(t.get(0).lower()) && bodies.bodyOfItsRegion(doc, c)) {
            bodies.organisation(doc, c, found); // "Xunta de Galicia", "Bolsa de Cereales de Córdoba": a body named for its region
            return;
        }
        if (orgWord && places.stream().noneMatch(Gazetteer.Place::isArea)) { // "Amerika Serikat" is a country
            int body = surroundings.bodyAfterPortfolio(c);
            bodies.organisation(doc, body > 0 ? c.sub(body, n) : c, found);
            return;
        }
        // "Warren said": next to a speech verb, a lone name is a speaker before it is a town in Michigan.
        // ("Officials in Leeds said": after "in" it is the place.)
        // "Gov. Mike Pence of Indiana told": a state or country after "of" stays a place, verb or not.
        boolean ofArea = c.precedingWord().equals("of") && places.stream().anyMatch(Gazetteer.Place::isArea);
        if (!places.isEmpty() && (n > 1 || (placeRules.acceptBarePlace(c, places)
                && (!evidence.nextToCue(doc, c) || locatives.contains(c.precedingWord()) || ofArea)))) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, places));
            return;
        }
        if (n > 1 && !titledPerson && splitLeadingArea(doc, c, work)) {
            return; // ("wethouder Lot van Hooijdonk": after a title, a given name that is also a region opens the name)
        }
        NameMention amongNouns = GermanNounFilter.capitalisesNouns(doc) && n > 1 && !orgWord ? placeRules.placeAmongNouns(doc, c) : null;
        if (amongNouns != null) {
            // "am Pegel Husum", "bei Bad Radkersburg Kürbisse": nouns around a town; a name may follow the place
            // ("des Verbandes Baden-Württemberg Karl-Heinz Wurster")
            found.add(amongNouns);
            int after = 0;
            while (after < n && t.get(after).end() <= amongNouns.end()) {
                after++;
            }
            if (after < n) {
                classify(doc, c.sub(after, n), work);
            }
            return;
        }
        List<Gazetteer.Place> genitive = n > 1 && !orgWord ? placeRules.germanGenitivePlace(doc, c.sub(n - 1, n)) : List.of();
        if (!genitive.isEmpty() && !lex.isGivenName(t.get(0).lower())) {
            // "die Verhöhnung Polens", "im Nachbarland Südafrikas": nouns and the place they belong to
            Tokens.Token place = t.get(n - 1);
            found.add(new NameMention(place.text(), place.start(), place.end(), EntityType.LOCATION, false, genitive));
            return;
        }
        if (DOMAIN.matcher(text).matches() || (n == 1 && hasInnerCapital(text))) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return;
        }
        if (c.inDateline() && c.start() > 0 && !lex.isTitle(t.get(0).lower()) && (doc.body.charAt(c.start() - 1) == '('
                || doc.body.substring(0, c.start()).stripTrailing().endsWith(","))) {
            // "GENEVA (Reuters) -", "KUPANG, Warta Flobamora —": who filed the story, after the town
            found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            return;
        }
        if (n > 1) {
            if (t.stream().allMatch(x -> x.text().equals(x.text().toUpperCase()))) {
                return; // SHOUTED HEADINGS, not names
            }
            boolean personLike = n <= 3 && lex.isGivenName(t.get(0).lower());
            if (n == 2 && initials(t.get(0).text()) && !gaz.lookup(t.get(1).text()).isEmpty() && gaz.lookup(text).isEmpty()
                    && !lex.words("place-initials").contains(t.get(0).lower())) { // ("DKI Jakarta": a province's own name)
                // "TU Delft", "DPRD Surabaya": a body's initials, then the place it belongs to
                found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
                return;
            }
            if (groupNouns.contains(Tokens.wordBefore(doc.body, c.start())) || ArticleNamePasses.spelledOutBeforeAcronym(doc, c.start(), c.end(), personLike)) {
                // "band Pink Floyd"; "Keluarga Berencana Nasional (BKKBN)": a body spelled out before its acronym
                found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            } else if (lex.isIndonesianArea(Tokens.key(text)) && (locatives.contains(c.precedingWord()) || c.precedingWord().equals("dan"))) {
                // "di Bener Meriah", "Aceh Tengah dan Bener Meriah": a regency, whatever given name opens it
                found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, List.of()));
            } else if (evidence.ownsARole(doc, c) && !evidence.namedLikeAPerson(doc, c) || surroundings.affiliationOfAPerson(doc, c, found)) {
                // ("Hugo Tagholm of Surfers Against Sewage": after a person and "of", where they are from)
                // "a spokesperson for Harbourside Homes said": the verb's subject is the role; the run is the body
                found.add(new NameMention(text, c.start(), c.end(), EntityType.ORGANIZATION, false, List.of()));
            } else if (evidence.personEvidence(doc, c)) {
                // ("Transport Scotland said", "Police Scotland", "Confcommercio Trentino", "Legambiente Lombardia": a
                // body named for its country or region speaks)
                // (not "Chua Pei Shan": a surname opens a person's name, whatever region the last word names)
                boolean namedForCountry = !evidence.namedLikeAPerson(doc, c) && !lex.isGivenName(t.get(0).lower())
                        && gaz.lookup(t.get(n - 1).text()).stream().anyMatch(p -> p.isCountry() || p.isArea() && !lex.isSurname(t.get(0).lower()));
                found.add(new NameMention(text, c.start(), c.end(), namedForCountry ? EntityType.ORGANIZATION : EntityType.PERSON, false, List.of()));
            } else {
                work.unknownPhrases().add(c); // "Luna Sea", "Hamburger Hafen": decided once the whole text is read
            }
            return;
        }
        if (compoundFacility(doc, t.get(0).lower())) {
            found.add(new NameMention(text, c.start(), c.end(), EntityType.LOCATION, false, List.of()));
            return;
        }
        work.singles().add(c);
    }

    private boolean orgWordIn(List<Tokens.Token> t) {
        return t.stream().anyMatch(x -> lex.isOrgWord(x.lower()));
    }

    /** The word ends a title of two words whose second is no title alone ("Datuk Bandar", the mayor; "Ketua Umum"). */
    private boolean titleOfTwoWords(List<Tokens.Token> t, int i) {
        return i > 0 && lex.isTitle(t.get(i - 1).lower()) && lex.isTitle(t.get(i - 1).lower() + " " + t.get(i).lower());
    }

    /** "Konrad-Adenauer-Stiftung": hyphened parts that each begin with a capital, the last a body's noun. */
    private static boolean namedCompound(String word) {
        String[] parts = word.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Stadsbrug", "Wilhelminapier", "Hindenburgdamm": a Dutch or German compound whose last part is a facility. In
     * German its first part is a name ("Hindenburg", "Rhein"), not a common noun: a "Straßenbrücke" or an
     * "Autobahnbrücke" is one of many.
     */
    private boolean compoundFacility(Document doc, String word) {
        if (!doc.language.equals("nl") && !doc.language.equals("de")) {
            return false;
        }
        for (String suffix : lex.words("facility-suffix")) {
            if (word.length() >= suffix.length() + 4 && word.endsWith(suffix) && gaz.lookup(word).isEmpty()) {
                return !doc.language.equals("de") || !lex.isGermanNoun(word.substring(0, word.length() - suffix.length()));
            }
        }
        return false;
    }

    /**
     * "des Friedensnobelpreisträgers Nelson Mandela", "Schauspieler Tom Hanks": where nouns are capitalised, a noun
     * of a role may stand before the given name that opens a person's name. The index of that given name when the
     * words before it are such nouns (no title, which the post rules read, no given name, particle or body's word);
     * 0 when there is none.
     */
    private int nounBeforeGivenName(List<Tokens.Token> t) {
        for (int i = 1; i < t.size() - 1; i++) {
            String before = t.get(i - 1).lower();
            if (lex.isGivenName(before) || lex.isTitle(before) || lex.isOrgWord(before) || lex.words("particle").contains(before)
                    || lex.isSurname(before) || !t.get(i - 1).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                return 0;
            }
            // (a particle may follow the given name inside the run: "Bewoonster Fatima el Amrani")
            if (lex.isGivenName(t.get(i).lower()) && (t.get(i + 1).capitalised() || i + 2 < t.size() && t.get(i + 2).capitalised())) {
                return i;
            }
        }
        return 0;
    }

    private boolean splitLeadingArea(Document doc, Chunk c, Found work) {
        int len = bodies.leadingPlaceLength(doc, c, work.names());
        if (len == 0) {
            return false;
        }
        classify(doc, c.sub(len, c.tokens().size()), work);
        return true;
    }

    private static final Pattern NAME_PREFIX = Pattern.compile("Mc|Mac|De|Di|Da|La|Le|Van|Von|O'|O’|D'|D’");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    /** "PrimaMedia", "YouTube": an inner capital marks a brand, but not "McCaul", "MacArthur" or "DeSantis". */
    private static boolean hasInnerCapital(String text) {
        if (NAME_PREFIX.matcher(text).lookingAt()) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Two to six capitals: a body's initials in running text ("JN", "RT", "BPBD"), Roman numerals aside. */
    static boolean initials(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase) && !ROMAN.matcher(word).matches();
    }

    static boolean isAcronym(String word) {
        return word.length() >= 3 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase)
                && !ROMAN.matcher(word).matches(); // "XII" is a number
    }

    static NameMention mention(Tokens.Token t, EntityType type, List<Gazetteer.Place> places) {
        return new NameMention(t.text(), t.start(), t.end(), type, false, places);
    }
}
