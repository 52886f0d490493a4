package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Quote;

/** The engine end to end on small articles written for these tests, in several languages. */
class ExtractionEngineTest {
    private static ExtractionEngine engine;

    @BeforeAll
    static void load() {
        engine = ExtractionEngine.createDefault();
    }

    static Extraction extract(String body) {
        return engine.extract(new ArticleInput("t", "A title", body, null, null));
    }

    static Map<String, String> speakers(Extraction x) {
        return x.quotes().stream().collect(Collectors.toMap(Quote::getText, q -> String.valueOf(q.getSpeaker()), (a, b) -> a));
    }

    @Test
    void indonesianAttributionsAfterAndBeforeTheQuoteResolveToFullNames() {
        Extraction x = extract("Presiden Rusia Vladimir Putin tiba di Jakarta pada Senin.\n\n"
                + "\u201cKami datang untuk bekerja sama,\u201d kata Putin kepada wartawan.\n\n"
                + "Menteri Luar Negeri Retno Marsudi mengatakan, \u201cIndonesia menyambut kunjungan ini.\u201d\n\n"
                + "\u201dKerja sama ini penting bagi kawasan,\u201d ujarnya.");
        assertEquals("id", x.language());
        Map<String, String> s = speakers(x);
        assertEquals("Vladimir Putin", s.get("Kami datang untuk bekerja sama,"));
        assertEquals("Retno Marsudi", s.get("Indonesia menyambut kunjungan ini."));
        assertEquals("Retno Marsudi", s.get("Kerja sama ini penting bagi kawasan,"), "ujarnya: the most recent person");
    }

    @Test
    void englishSplitQuoteAndPronounShareTheSpeaker() {
        Extraction x = extract("Mayor Angela Brooks spoke in Chicago on Friday.\n\n"
                + "\"We are not done yet,\" she said, \"and we will not stop.\"\n\n"
                + "\"The budget is fair,\" said Brooks.");
        Map<String, String> s = speakers(x);
        assertEquals("Angela Brooks", s.get("We are not done yet,"));
        assertEquals("Angela Brooks", s.get("and we will not stop."));
        assertEquals("Angela Brooks", s.get("The budget is fair,"));
    }

    @Test
    void frenchGuillemetsSpanishAndGermanMarks() {
        assertEquals("Sophie Martin", speakers(extract("« Nous avons gagné », a déclaré Sophie Martin à Lyon.")).get("Nous avons gagné"));
        assertEquals("Carmen Navarro", speakers(extract("\u201cNo vamos a parar\u201d, dijo Carmen Navarro en Madrid.")).get("No vamos a parar"));
        assertEquals("Thomas Weber", speakers(extract("Der Experte Thomas Weber war in Berlin.\n\n\u201eDas ist ein guter Tag\u201c, sagte Weber.")).get("Das ist ein guter Tag"));
    }

    @Test
    void scareQuotesAndTitlesAreNotSpeech() {
        Extraction x = extract("Growers have started to describe the weeks before the harvest as the \"lean season\".\n\n"
                + "She is reading \"War and Peace\" this summer.");
        assertTrue(x.quotes().isEmpty(), x.quotes().toString());
        // A verb of calling takes a short quote as its subject's words, as news annotation counts them.
        Extraction called = extract("Minister Alan Pryce called the plan a \"game changer\" in a speech in Paris.");
        assertEquals("Alan Pryce", speakers(called).get("game changer"));
    }

    @Test
    void boilerplateAndRepeatedCaptionsAreSkipped() {
        Extraction x = extract("Reporters gathered in Nairobi.\n\n"
                + "Baca Juga: \"Ini bukan kutipan dari berita,\" kata Seseorang Lain\n\n"
                + "* Follow our WhatsApp channel for \"breaking news every day\" said Promo Bot\n\n"
                + "\"The talks went well,\" said envoy Samuel Otieno.");
        assertEquals(List.of("The talks went well,"), x.quotes().stream().map(Quote::getText).toList());
    }

    @Test
    void surnamesSpellingVariantsAndAcronymsJoinOneEntity() {
        Extraction x = extract("Pemimpin Korea Utara Kim Jong-un bertemu pejabat Amerika Serikat (AS). "
                + "Kim Jong Un kemudian kembali. Pejabat AS tidak berkomentar.\n\n"
                + "Juru bicara Dmitry Peskov mengatakan Peskov tidak hadir.");
        Map<String, Entity> byName = x.entities().stream().collect(Collectors.toMap(Entity::getName, e -> e));
        assertEquals(EntityType.PERSON, byName.get("Kim Jong-un") != null ? byName.get("Kim Jong-un").getType() : byName.get("Kim Jong Un").getType());
        assertEquals(1, x.entities().stream().filter(e -> Tokens.key(e.getName()).equals("kim jong un")).count());
        Entity us = byName.get("Amerika Serikat");
        assertEquals(EntityType.LOCATION, us.getType());
        assertEquals(3, us.getCount(), "Amerika Serikat + AS twice");
        assertEquals(2, byName.get("Dmitry Peskov").getCount());
        assertFalse(byName.containsKey("Peskov"));
    }

    @Test
    void organisationsAndTheirCountries() {
        Extraction x = extract("Kepala Staf Gabungan Korea Selatan mengatakan rudal itu jatuh di laut, menurut Reuters dan Kremlin.");
        Map<String, EntityType> types = x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType));
        assertEquals(EntityType.ORGANIZATION, types.get("Kepala Staf Gabungan Korea Selatan"));
        assertEquals(EntityType.LOCATION, types.get("Korea Selatan"));
        assertEquals(EntityType.ORGANIZATION, types.get("Reuters"));
        assertEquals(EntityType.ORGANIZATION, types.get("Kremlin"));
    }

    @Test
    void exonymsDatelinesAndContextPlaceThingsOnTheMap() {
        Extraction x = extract("Liputan6.com, Moskow - Pejabat bertemu di Vladivostok dan kemudian terbang ke Tiongkok.");
        Map<String, Geolocation> g = x.geolocations().stream().collect(Collectors.toMap(Geolocation::getMention, v -> v));
        assertEquals("RU", g.get("Moskow").getCountryCode());
        assertEquals(55.75, g.get("Moskow").getLatitude(), 0.1);
        assertEquals("RU", g.get("Vladivostok").getCountryCode());
        assertEquals("CN", g.get("Tiongkok").getCountryCode());
        assertTrue(g.values().stream().allMatch(v -> v.getConfidence() > 0 && v.getConfidence() <= 1));
    }

    @Test
    void aQualifierOrTheArticlesOtherPlacesPickTheRightNamesake() {
        Map<String, String> a = extract("Storms hit Valencia, Venezuela, on Sunday.").geolocations().stream()
                .collect(Collectors.toMap(Geolocation::getMention, Geolocation::getCountryCode));
        assertEquals("VE", a.get("Valencia"));
        Map<String, String> b = extract("Flooding closed roads between Manchester, Leeds and Sheffield.").geolocations().stream()
                .collect(Collectors.toMap(Geolocation::getMention, Geolocation::getCountryCode));
        assertEquals("GB", b.get("Manchester"));
        // alone in a Malay story, "George Town" is Penang's, not the Cayman Islands' capital
        Map<String, String> c = Articles.extract("Banjir kilat", "GEORGE TOWN – Banjir kilat melanda beberapa kawasan di sini semalam.", "ms")
                .geolocations().stream().collect(Collectors.toMap(Geolocation::getMention, Geolocation::getCountryCode, (x, y) -> x));
        assertEquals("MY", c.get("GEORGE TOWN"), c.toString());
    }

    @Test
    void quotesCarryOffsetsIntoTheBodyAndEntityIds() {
        String body = "\"Prices will fall,\" said economist Maria Lopez in Madrid.";
        Extraction x = extract(body);
        Quote q = x.quotes().get(0);
        assertEquals(q.getText(), body.substring(q.getStart(), q.getEnd()));
        Entity lopez = x.entities().stream().filter(e -> e.getName().equals("Maria Lopez")).findFirst().orElseThrow();
        assertEquals(lopez.getEntityId(), q.getSpeakerId());
        assertEquals("said", q.getCueVerb());
        lopez.getMentions().forEach(m -> assertEquals(m.getText(), body.substring(m.getStart(), m.getEnd())));
    }

    @Test
    void anUnattributedLongQuoteIsKeptWithoutASpeaker() {
        Extraction x = extract("The sign at the entrance read: \"All visitors must register at the front desk.\"");
        assertEquals(1, x.quotes().size());
        assertNull(x.quotes().get(0).getSpeaker());
    }

    @Test
    void aQuoteThatRunsOverParagraphsKeepsItsSpeaker() {
        Extraction x = extract("Senator Paul Reyes said: \"The first part of what I have to say runs on.\n\n"
                + "\"And the second paragraph opens again without the first one closing.\"");
        assertEquals(2, x.quotes().size(), x.quotes().toString());
        assertTrue(x.quotes().stream().allMatch(q -> "Paul Reyes".equals(q.getSpeaker())), x.quotes().toString());
    }

    @Test
    void stagesAreTimed() {
        extract("\"Yes,\" said Ann Lee in Oslo.");
        assertTrue(engine.stageNanos().values().stream().allMatch(n -> n > 0), engine.stageNanos().toString());
        assertTrue(engine.articlesProcessed() > 0);
    }

    private static Map<String, Geolocation> places(Extraction x) {
        return x.geolocations().stream().collect(Collectors.toMap(Geolocation::getMention, g -> g, (a, b) -> a));
    }

    private static Map<String, EntityType> types(Extraction x) {
        return x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType, (a, b) -> a));
    }

    @Test
    void portugueseSpeechVerbsPronounCueAndPlaces() {
        Extraction x = extract("A ministra Ana Carvalho visitou Lisboa na segunda-feira.\n\n"
                + "\u201cVamos investir no porto\u201d, disse Carvalho aos jornalistas.\n\n"
                + "\u201cO acordo é bom para o país\u201d, afirmou ela.");
        assertEquals("pt", x.language());
        Map<String, String> s = speakers(x);
        assertEquals("Ana Carvalho", s.get("Vamos investir no porto"));
        assertEquals("Ana Carvalho", s.get("O acordo é bom para o país"), "afirmou ela: the last person named");
        Geolocation lisbon = places(x).get("Lisboa");
        assertEquals("PT", lisbon.getCountryCode());
        assertEquals(38.7, lisbon.getLatitude(), 0.2);
    }

    @Test
    void italianCompoundSpeechVerbsAndExonyms() {
        Extraction x = extract("Il sindaco Giuseppe Rossi ha incontrato i cittadini a Milano.\n\n"
                + "\u00abLa città è pronta\u00bb, ha detto Rossi.\n\n"
                + "Secondo Rossi, il progetto partirà da Torino.");
        assertEquals("it", x.language());
        assertEquals("Giuseppe Rossi", speakers(x).get("La città è pronta"));
        assertEquals(EntityType.PERSON, types(x).get("Giuseppe Rossi"));
        assertEquals("IT", places(x).get("Milano").getCountryCode());
        assertEquals("IT", places(x).get("Torino").getCountryCode());
    }

    @Test
    void dutchAttributionsAndTheHague() {
        Extraction x = extract("Minister Pieter de Vries sprak dinsdag in Den Haag.\n\n"
                + "\u201cWe moeten sneller bouwen\u201d, zei De Vries.\n\n"
                + "\u201cDe woningnood is groot\u201d, zegt hij.");
        assertEquals("nl", x.language());
        Map<String, String> s = speakers(x);
        assertEquals("Pieter de Vries", s.get("We moeten sneller bouwen"));
        assertEquals("Pieter de Vries", s.get("De woningnood is groot"));
        Geolocation hague = places(x).get("Den Haag");
        assertEquals("NL", hague.getCountryCode());
        assertEquals(52.08, hague.getLatitude(), 0.1);
    }

    @Test
    void aNameNeedsEvidenceToBeAPerson() {
        Extraction x = extract("Ribuan penonton memadati Fiesta Bowl di Tokyo pada Sabtu. "
                + "Penyanyi Maria Tanjung tampil bersama Kellyanne Conway, dan kopilot Ardy Tedjo menonton.\n\n"
                + "Sadie Weiner, the party spokeswoman, arrived later.");
        Map<String, EntityType> t = types(x);
        assertEquals(EntityType.PERSON, t.get("Maria Tanjung"), "a given name first");
        assertEquals(EntityType.PERSON, t.get("Kellyanne Conway"), "a surname last");
        assertEquals(EntityType.PERSON, t.get("Ardy Tedjo"), "a job before the name");
        assertEquals(EntityType.PERSON, t.get("Sadie Weiner"), "a post in apposition");
        assertEquals(EntityType.OTHER, t.get("Fiesta Bowl"), "no evidence: a named thing, not a person");
    }

    @Test
    void aQuoteIntroducedByTheParagraphBeforeBelongsToItsSpeaker() {
        Extraction x = extract("The university released a statement. Media coordinator Dane Lisser wrote:\n\n"
                + "\u201cThe national anthem is an opportunity to reflect on our freedoms.\u201d");
        assertEquals("Dane Lisser", speakers(x).get("The national anthem is an opportunity to reflect on our freedoms."));
    }

    @Test
    void itemsOfAListShareTheirKind() {
        Extraction x = extract("Band itu terdiri atas Roger Waters, Gilmour, Zorvatin dan Kwelumo Tabarak.\n\n"
                + "Banjir melanda Jakarta, Zorbutu dan Kwelimo pada Senin.");
        Map<String, EntityType> t = types(x);
        assertEquals(EntityType.PERSON, t.get("Roger Waters"));
        assertEquals(EntityType.PERSON, t.get("Gilmour"), "a lone unknown word in a list of people");
        assertEquals(EntityType.PERSON, t.get("Zorvatin"));
        assertEquals(EntityType.PERSON, t.get("Kwelumo Tabarak"), "an untyped name at the end of the list");
        assertEquals(EntityType.LOCATION, t.get("Zorbutu"), "a list that starts with a place");
        assertEquals(EntityType.LOCATION, t.get("Kwelimo"));
    }

    @Test
    void aPostOfAPlaceIsNotAPerson() {
        Map<String, EntityType> t = types(extract("Presiden Rusia tiba kemarin. Gubernur Jawa Barat hadir. "
                + "Menteri Kehutanan Republik Indonesia datang bersama Gubernur Jawa Barat Ridwan Kamil."));
        assertEquals(EntityType.LOCATION, t.get("Rusia"));
        assertEquals(EntityType.LOCATION, t.get("Jawa Barat"));
        assertEquals(EntityType.LOCATION, t.get("Indonesia"));
        assertEquals(EntityType.PERSON, t.get("Ridwan Kamil"));
        assertTrue(t.entrySet().stream().noneMatch(e -> e.getValue() == EntityType.PERSON && !e.getKey().equals("Ridwan Kamil")), t.toString());
    }

    @Test
    void aLowerCasePlaceWordBelongsToThePlaceName() {
        Extraction x = extract("Ia lahir di desa Karangploso, lalu pindah ke ibu kota Jakarta dan ke kecamatan Lasem.");
        Map<String, EntityType> t = types(x);
        assertEquals(EntityType.LOCATION, t.get("desa Karangploso"));
        assertEquals(EntityType.LOCATION, t.get("kecamatan Lasem"));
        assertEquals(EntityType.LOCATION, t.get("Jakarta"), "ibu kota: the capital city, not part of the name");
        assertEquals("ID", places(x).get("Jakarta").getCountryCode());
    }

    @Test
    void theHeadOfAPlaceIsNoPerson() {
        Map<String, EntityType> t = types(extract("Pada tahun itu sekolah dipimpin oleh Kepala SMA Negeri 1 Kawali, "
                + "dan Bupati Kabupaten Sragen meresmikan gedungnya."));
        assertEquals(EntityType.LOCATION, t.get("SMA Negeri 1 Kawali"), "a school is a facility, number and all");
        assertEquals(EntityType.LOCATION, t.get("Kabupaten Sragen"));
        assertTrue(t.values().stream().noneMatch(v -> v == EntityType.PERSON), t.toString());
    }

    @Test
    void everyCommonQuotationMarkStyle() {
        assertEquals("Hans Müller", speakers(extract("\u201aWir schaffen das\u2018, sagte Hans Müller in Köln.")).get("Wir schaffen das"));
        assertEquals("Sophie Martin", speakers(extract("\u2039Nous restons ici\u203a, a déclaré Sophie Martin.")).get("Nous restons ici"));
        assertEquals("Sophie Martin", speakers(extract("\u00ab Nous partons demain \u00bb, a déclaré Sophie Martin.")).get("Nous partons demain"));
        assertEquals("Kenji Sato", speakers(extract("\u300cThe market will recover\u300d, said Kenji Sato in Tokyo.")).get("The market will recover"));
        assertEquals("Andi Wijaya", speakers(extract("\u201dKami siap bekerja sama,\u201d kata Andi Wijaya di Jakarta.")).get("Kami siap bekerja sama,"));
    }

    @Test
    void aQuoteThatRunsOverSeveralParagraphsAndANestedQuote() {
        Extraction x = extract("Mayor Angela Brooks spoke in Chicago on Friday.\n\n"
                + "\u201cWe have rebuilt the bridges, the schools and the clinics,\u201d Brooks said. \u201cThe work is not done.\n\n"
                + "\u201cNext year we will call it \u2018the year of the river\u2019, and we will keep our word.\u201d");
        Map<String, String> s = speakers(x);
        assertEquals("Angela Brooks", s.get("We have rebuilt the bridges, the schools and the clinics,"));
        assertTrue(x.quotes().stream().anyMatch(q -> q.getText().contains("the year of the river")
                && "Angela Brooks".equals(String.valueOf(q.getSpeaker()))), x.quotes().toString());
        assertTrue(x.quotes().stream().noneMatch(q -> q.getText().equals("the year of the river")),
                "the nested quote is part of the speech, not a quote of its own");
    }

    @Test
    void malayTitlesCliticsAndAnOrganisationThatSpeaks() {
        Extraction x = extract("Menteri Luar Negeri Malaysia, Datuk Seri Mohamad Hasan berkata di Kuala Lumpur semalam "
                + "bahawa rundingan berjalan lancar.\n\n"
                + "\"Kami akan terus berunding dengan semua pihak,\" katanya kepada pemberita.\n\n"
                + "\"Kementerian tidak menerima sebarang aduan,\" demikian kenyataan Kementerian Perdagangan Dalam Negeri.");
        assertEquals("ms", x.language());
        Map<String, String> s = speakers(x);
        assertEquals("Mohamad Hasan", s.get("Kami akan terus berunding dengan semua pihak,"), "katanya: the last person named");
        assertEquals("Kementerian Perdagangan Dalam Negeri", s.get("Kementerian tidak menerima sebarang aduan,"));
        Quote q = x.quotes().stream().filter(v -> v.getText().startsWith("Kami")).findFirst().orElseThrow();
        Entity speaker = x.entities().stream().filter(e -> e.getEntityId().equals(q.getSpeakerId())).findFirst().orElseThrow();
        assertEquals("Mohamad Hasan", speaker.getName(), "the quote names the entity the entities topic carries");
        assertEquals("MY", places(x).get("Kuala Lumpur").getCountryCode());
    }

    @Test
    void aSentenceThatEndsWithASpeechVerbHandsOverToTheQuoteAfterIt() {
        Extraction x = extract("Students gathered in Memphis on Tuesday.\n\n"
                + "Her friend Brittany Lockwood, 20, a political science major, chimed in. \"I did not think I would ever vote.\"");
        assertEquals("Brittany Lockwood", speakers(x).get("I did not think I would ever vote."));
    }

    @Test
    void spanishPortugueseAndItalianLeaveTheSubjectOut() {
        assertEquals("Carmen Navarro", speakers(extract("La ministra Carmen Navarro visitó Valencia el lunes.\n\n"
                + "\u201cNo vamos a parar\u201d, dijo.")).get("No vamos a parar"));
        assertEquals("João Silva", speakers(extract("O ministro João Silva visitou Lisboa.\n\n"
                + "\u201cVamos investir\u201d, disse.")).get("Vamos investir"));
        assertEquals("Giuseppe Rossi", speakers(extract("Il sindaco Giuseppe Rossi era a Milano.\n\n"
                + "\u00abLa città è pronta\u00bb, ha detto.")).get("La città è pronta"));
    }

    @Test
    void titleWordsHoldAnOrganisationsNameTogether() {
        Map<String, EntityType> t = types(extract("Kementerian Dalam Negeri menyatakan hal itu. "
                + "Menteri Dalam Negeri Tito Karnavian hadir di Jakarta."));
        assertEquals(EntityType.ORGANIZATION, t.get("Kementerian Dalam Negeri"));
        assertEquals(EntityType.PERSON, t.get("Tito Karnavian"));
    }

    @Test
    void aSpeechVerbInsideAPlaceNameDoesNotBreakIt() {
        Extraction x = extract("The United States disagreed on Monday. Then United States officials left.");
        assertEquals(EntityType.LOCATION, types(x).get("United States"));
        assertEquals("US", places(x).get("United States").getCountryCode());
        assertFalse(types(x).containsKey("United"));
    }

    @Test
    void aTwoLetterAbbreviationNeedsItsCapitalsOrItsFullStop() {
        Map<String, Geolocation> g = places(extract("ALEXANDRIA, La. (AP) - The jockey Al rode in Dubai on Sunday."));
        assertEquals(31.3, g.get("ALEXANDRIA").getLatitude(), 0.2, "Alexandria, Louisiana");
        assertFalse(g.containsKey("Al"), "Al is a name, not Alabama");
    }

    @Test
    void whatOnlyPeopleDoMakesAPerson() {
        Map<String, EntityType> t = types(extract("Pada tahun 1812, Trugavani lahir di sebuah desa. "
                + "Pada tanggal 19 Januari, Machedo mencetak gol pertamanya."));
        assertEquals(EntityType.PERSON, t.get("Trugavani"));
        assertEquals(EntityType.PERSON, t.get("Machedo"));
    }

    @Test
    void theSubjectOfToldSpeaksNotItsObject() {
        Extraction x = extract("Reporter Michael Isikoff spoke on Tuesday.\n\n"
                + "Isikoff told Anderson Cooper, \u201cFolks have made much of the fact that the claim was cut.\u201d");
        assertEquals("Michael Isikoff", speakers(x).get("Folks have made much of the fact that the claim was cut."));
    }

    @Test
    void aPlaceMadeIntoAnAdjectiveIsStillOnTheMap() {
        Map<String, Geolocation> g = places(extract("A London-based charity and a Toronto-born singer met the press."));
        assertEquals("GB", g.get("London").getCountryCode());
        assertEquals("CA", g.get("Toronto").getCountryCode());
    }

    @Test
    void aCountyOfTheStateTheArticleIsAbout() {
        Map<String, Geolocation> g = places(extract("LONDON, Ky. - Officials in Laurel County and in Lexington said the "
                + "roads of Madison County, Kentucky, were closed on Monday."));
        Geolocation madison = g.get("Madison County");
        assertEquals("US", madison.getCountryCode());
        assertEquals(37.7, madison.getLatitude(), 0.5, "Madison County, Kentucky, not one of the other thirty");
        assertEquals(-84.3, madison.getLongitude(), 0.5);
        assertEquals("region", madison.getFeatureKind());
        assertEquals(37.1, g.get("Laurel County").getLatitude(), 0.5);
    }

    @Test
    void aStateBesideItsOwnTownsIsTheStateNotTheCountry() {
        Map<String, Geolocation> g = places(extract("Officials in Valdosta met on Monday. Schools in Georgia reopened."));
        assertEquals("US", g.get("Georgia").getCountryCode(), "Valdosta is in the state of Georgia");
        assertEquals("GE", places(extract("Schools in Georgia and Armenia reopened.")).get("Georgia").getCountryCode());
    }

    @Test
    void aNameSpelledOutBeforeItsAcronymIsABodyAndThePersonAfterItSpeaks() {
        Extraction x = extract("\u201cPemerintah pusat akan menyelesaikan persoalan ini,\u201d kata Kepala Badan Kependudukan "
                + "dan Keluarga Berencana Nasional (BKKBN) Hasto Wardoyo dalam siaran pers.");
        assertEquals(EntityType.ORGANIZATION, types(x).get("Badan Kependudukan dan Keluarga Berencana Nasional"),
                "the whole body, held together by its \"dan\", without the post before it");
        assertEquals("Hasto Wardoyo", speakers(x).get("Pemerintah pusat akan menyelesaikan persoalan ini,"));
    }

    @Test
    void placesNextToAVerbThatOnlyBeginsLikeASpeechVerbAndRegionsInTheirOwnLanguage() {
        Extraction x = extract("La sequía en Castellón y Alicante ha reducido la cosecha de la Comunidad Valenciana.");
        Map<String, EntityType> types = x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType));
        assertEquals(EntityType.LOCATION, types.get("Alicante"), "'ha reducido' is no 'ha detto'");
        assertEquals(EntityType.LOCATION, types.get("Comunidad Valenciana"));
        assertEquals("ES", places(x).get("Comunidad Valenciana").getCountryCode());
    }

    @Test
    void aCountrysAdjectiveIsOnTheMapButNamesNoPlace() {
        Extraction x = extract("The Dutch government will publish its coastal plan next month.");
        assertTrue(x.entities().stream().noneMatch(e -> e.getName().equals("Dutch")), "no LOCATION entity 'Dutch'");
        assertEquals("NL", places(x).get("Dutch").getCountryCode(), "but it points at the Netherlands");
    }

    @Test
    void aFacilityTheGazetteerDoesNotKnowIsAtTheTownItsNameHolds() {
        Extraction x = extract("Kapal motor itu bersandar di Pelabuhan Nusantara Kendari pada Senin pagi setelah"
                + " berlayar dari Makassar.");
        Geolocation port = places(x).get("Pelabuhan Nusantara Kendari");
        assertEquals("ID", port.getCountryCode());
        assertTrue(Math.abs(port.getLatitude() - (-3.97)) < 0.3 && Math.abs(port.getLongitude() - 122.5) < 0.3,
                "placed at Kendari: " + port.getLatitude() + "," + port.getLongitude());
    }

    @Test
    void anAcronymInBracketsJoinsTheBodyItAbbreviates() {
        Extraction x = extract("Majlis Bandaraya Kuala Terengganu (MBKT) menutup jalan itu. Menurut MBKT, kerja baiki siap"
                + " minggu depan.");
        Entity body = x.entities().stream().filter(e -> e.getName().equals("Majlis Bandaraya Kuala Terengganu")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, body.getType());
        assertEquals(3, body.getCount(), "the name and the acronym twice: " + body.getMentions());
        assertTrue(x.entities().stream().noneMatch(e -> e.getName().equals("MBKT")), "no entity of its own");
    }

    @Test
    void anIndonesianRegencyIsInIndonesiaAndTownsOfTheStorysCountryAreOnTheMap() {
        Extraction id = extract("Kasus demam berdarah di Kabupaten Sikka melonjak. Warga Maumere dan Ende diminta waspada,"
                + " kata dinas kesehatan di Kupang.");
        assertEquals("ID", places(id).get("Kabupaten Sikka").getCountryCode(), "not the Indian Sikka");
        Extraction pt = extract("A seca atinge o Algarve. Em Lagos e Faro as barragens estão baixas.\n\n"
                + "Portimão e Aljezur estudam medidas idênticas.");
        assertEquals("PT", places(pt).get("Portimão").getCountryCode(), "a town of the story's country");
    }

    @Test
    void aBodyNamedAfterACountryKeepsItsNameBesideASpeechVerb() {
        Extraction x = extract("Un epidemiólogo de la Universidad de Costa Rica, advirtió que los casos aumentan.");
        Map<String, EntityType> types = x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType));
        assertEquals(EntityType.ORGANIZATION, types.get("Universidad de Costa Rica"));
        assertTrue(types.get("Costa Rica") != EntityType.PERSON, "no person 'Costa Rica'");
    }

    @Test
    void aGermanPostOfAPlaceInTheGenitiveIsThePlaceNotAPerson() {
        Extraction x = engine.extract(new ArticleInput("t", "", "Die Zuschauer jubelten dem ehemaligen Präsidenten"
                + " Südafrikas zu, als er die Bühne in der Stadt betrat.", "de", null));
        assertEquals(EntityType.LOCATION, types(x).get("Südafrika"), "named in the nominative");
        assertTrue(x.entities().stream().noneMatch(e -> e.getType() == EntityType.PERSON), x.entities().toString());
    }

    @Test
    void aGermanNounBeforeAGivenNameIsARoleAndANounBeforeAPlaceInTheGenitiveIsNoPerson() {
        Extraction x = engine.extract(new ArticleInput("t", "", "Zum Geburtstag des Friedensnobelpreisträgers Tobias Brenneke"
                + " kamen viele Gäste. Er sprach von der Verhöhnung Ungarns und vom Kampf gegen die Immunschwächekrankheit Aids."
                + " Brenneke warnte, Aids sei nicht besiegt.", "de", null));
        Map<String, EntityType> t = types(x);
        assertEquals(EntityType.PERSON, t.get("Tobias Brenneke"), t.toString());
        assertEquals(EntityType.LOCATION, t.get("Ungarn"), t.toString());
        assertTrue(x.entities().stream().filter(e -> e.getType() == EntityType.PERSON).count() == 1, t.toString());
    }

    @Test
    void aFacilityIsAtTheTownItsNameHoldsOrAtTheDatelinesTownButARiverIsNot() {
        Extraction x = engine.extract(new ArticleInput("t", "", "KUPANG — Penerbangan dari Bandara Haliwen ditunda."
                + " Kapal di Pelabuhan Tenau juga tertahan, dan Sungai Benanain meluap. Warga Kupang dan Soe diminta"
                + " waspada.", "id", null));
        Map<String, Geolocation> p = places(x);
        Geolocation kupang = p.get("KUPANG");
        assertEquals(kupang.getLatitude(), p.get("Bandara Haliwen").getLatitude(), 0.001, p.keySet().toString());
        assertEquals(kupang.getLatitude(), p.get("Pelabuhan Tenau").getLatitude(), 0.001);
        assertTrue(p.get("Sungai Benanain") == null, "a river is not where the dateline's town is");
        Extraction en = engine.extract(new ArticleInput("t", "", "The meeting was held at Perth Racecourse on Tuesday."
                + " Growers from Perth and Blairgowrie in Scotland attended.", "en", null));
        Map<String, Geolocation> q = places(en);
        assertEquals(q.get("Perth").getLatitude(), q.get("Perth Racecourse").getLatitude(), 0.001, q.keySet().toString());
    }

    @Test
    void aGermanTownAmongNounsAndAGazetteerNameThatRunsPastTheCapitalisedWords() {
        Extraction x = engine.extract(new ArticleInput("t", "", "Am Pegel Husum stieg das Wasser. Die Brücke zwischen"
                + " Frankfurt (Oder) und Polen bleibt zu. Wang Shuai, Sprecher des Unternehmens, sagte nichts.", "de", null));
        Map<String, Geolocation> p = places(x);
        assertEquals("DE", p.get("Husum").getCountryCode(), p.keySet().toString());
        assertEquals("DE", p.get("Frankfurt (Oder)").getCountryCode(), p.keySet().toString());
        assertEquals(EntityType.PERSON, types(x).get("Wang Shuai"), "a person, whatever village is called Wang");
    }

    @Test
    void aRomanceFacilityWordInLowerCaseAndATownAfterAVillageOfAreOnTheMap() {
        Extraction x = engine.extract(new ArticleInput("t", "", "LORIENT – Les volumes débarqués au port de pêche de Keroman"
                + " ont reculé. Elle tient la fromagerie du village de Gruyères, en Suisse.", "fr", null));
        Map<String, Geolocation> p = places(x);
        assertEquals("FR", p.get("port de pêche de Keroman").getCountryCode(), p.keySet().toString());
        assertEquals("CH", p.get("Gruyères").getCountryCode(), p.keySet().toString());
    }

    @Test
    void aPlaceNamedInFullThenByItsFirstWordIsTheSamePlace() {
        Extraction x = engine.extract(new ArticleInput("t", "", "TRIESTE – I treni partono per Monaco di Baviera e Vienna."
                + " Per un cliente di Monaco il porto più vicino è Trieste.", "it", null));
        Map<String, Geolocation> p = places(x);
        assertEquals("DE", p.get("Monaco di Baviera").getCountryCode(), p.keySet().toString());
        assertEquals("DE", p.get("Monaco").getCountryCode(), "Munich, not the principality");
        assertTrue(p.get("Baviera") == null, "part of the longer name");
    }

    @Test
    void anArticleOverTheConfiguredLengthIsRefusedWithTheLimitNamed() {
        ExtractionEngine small = ExtractionEngine.create(EngineConfig.from(Map.of(EngineConfig.MAX_ARTICLE_CHARS, "60")));
        assertEquals(1, small.extract(new ArticleInput("ok", "", "Officials in Leeds met engineers from Sheffield.", "en", null))
                .geolocations().stream().filter(g -> g.getMention().equals("Leeds")).count());
        ExtractionEngine.ArticleTooLongException e = org.junit.jupiter.api.Assertions.assertThrows(ExtractionEngine.ArticleTooLongException.class,
                () -> small.extract(new ArticleInput("long", "", "Officials in Leeds met engineers from Sheffield on a rainy Tuesday.", "en", null)));
        assertTrue(e.getMessage().contains("over the limit of 60 (engine.max.article.chars)"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EngineConfig.from(Map.of(EngineConfig.MAX_ARTICLE_CHARS, "lots")));
    }

    @Test
    void anArticleStillBeingExtractedAfterTheConfiguredTimeOrAllocationIsGivenUp() {
        Lexicon lex = Lexicon.shipped();
        Gazetteer gaz = Gazetteer.shipped();
        RuleBasedEntityRecognizer rules = new RuleBasedEntityRecognizer(lex, gaz);
        EntityRecognizer slow = doc -> {
            try {
                Thread.sleep(200); // a stage that takes too long, as a pathological text would
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rules.recognize(doc);
        };
        ExtractionEngine engine = new ExtractionEngine(lex, new StopwordLanguageDetector(lex), slow, new QuoteExtractor(lex),
                new ContextGeocoder(gaz, lex), new EngineConfig.Limits(100_000, 50, 8_192));
        ExtractionEngine.ArticleTooSlowException e = org.junit.jupiter.api.Assertions.assertThrows(ExtractionEngine.ArticleTooSlowException.class,
                () -> engine.extract(new ArticleInput("slow", "", "Officials in Leeds met engineers.", "en", null)));
        assertTrue(e.getMessage().contains("over 50 ms (engine.max.article.millis), given up after stage entities"), e.getMessage());
        assertEquals(EngineConfig.Limits.DEFAULTS, EngineConfig.from(Map.of()).limits());
        ExtractionEngine greedy = new ExtractionEngine(lex, new StopwordLanguageDetector(lex), rules, new QuoteExtractor(lex),
                new ContextGeocoder(gaz, lex), new EngineConfig.Limits(100_000, 5_000, 1));
        ExtractionEngine.ArticleTooSlowException m = org.junit.jupiter.api.Assertions.assertThrows(ExtractionEngine.ArticleTooSlowException.class,
                () -> greedy.extract(new ArticleInput("big", "", "Officials in Leeds met engineers. ".repeat(2_000), "en", null)));
        assertTrue(m.getMessage().contains("allocated over 1 MB (engine.max.article.allocated.mb)"), m.getMessage());
    }

    @Test
    void anInitialAfterAGivenNameIsPartOfTheNameNotATitle() {
        Extraction x = engine.extract(new ArticleInput("t", "", "Die Prognosen des Abgeordneten Jakob M. Wendholt waren immer"
                + " präzise. Gestern sagte Wendholt nichts.", "de", null));
        assertEquals(EntityType.PERSON, types(x).get("Jakob M. Wendholt"), types(x).toString());
    }

    @Test
    void anIndonesianHajiTitleIsDroppedFromTheName() {
        Extraction x = engine.extract(new ArticleInput("t", "", "Tokoh masyarakat Sampang, H. Abdul Karim Wahid, meminta jalur khusus."
                + " \"Setiap Lebaran pasti begini,\" kata Abdul Karim.", "id", null));
        assertEquals(EntityType.PERSON, types(x).get("Abdul Karim Wahid"), types(x).toString());
    }
}
