package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.EntityType;

/** How the engine writes a name: the fullest form the article gives, and no word of another language's use. */
class NameFormsTest {
    private static Extraction extract(String title, String body) {
        return Articles.extract(title, body, null);
    }

    @Test
    void initialsMatchTheSpelledOutWordsButNeverTheSurname() {
        assertTrue(Coreference.sameWithInitials("jakob m meier", "jakob maria meier"));
        assertTrue(Coreference.sameWithInitials("j f kennedy", "john fitzgerald kennedy"));
        assertFalse(Coreference.sameWithInitials("jakob m meier", "jakob maria meyer"), "the surname is never an initial");
        assertFalse(Coreference.sameWithInitials("jakob m meier", "jakob peter meier"));
        assertFalse(Coreference.sameWithInitials("jakob meier", "jakob m meier"), "a name without its middle name is another matter");
    }

    @Test
    void aPartysLettersAfterAPersonAreNotTheNamesAcronym() {
        Map<String, EntityType> t = Articles.types(extract("Streit in der Koalition",
                "Das Programm wird mit den Generalsekretären Jonas Albrecht (SPD) und Petra Lindner (FDP) abgestimmt."));
        assertEquals(EntityType.PERSON, t.get("Jonas Albrecht"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Petra Lindner"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("SPD"), t.toString());
        assertTrue(Coreference.initialsAre("Cakra Selaras Wahana", "CSW"), "a given name opening a body's name");
        assertFalse(Coreference.initialsAre("Sven Petersen", "SPD"));
        assertTrue(Coreference.initialsSpell("Indonesia Students Print Media Awards", "ISPRIMA"));
        assertTrue(Coreference.initialsSpell("Corruption Watch", "ICW"), "a word lost to the sentence before");
        assertFalse(Coreference.initialsSpell("Jonas Albrecht", "SPD"));
    }

    @Test
    void wellKnownBodiesWhoseNamesGoOnInLowerCase() {
        Map<String, EntityType> fr = Articles.types(Articles.extract("Pêche", "Depuis la sortie du Royaume-Uni de l'Union européenne, "
                + "les quotas ont baissé. L'Organisation mondiale de la santé et Météo-France ont publié un avis.", "fr"));
        assertEquals(EntityType.ORGANIZATION, fr.get("Union européenne"), fr.toString());
        assertEquals(EntityType.ORGANIZATION, fr.get("Organisation mondiale de la santé"), fr.toString());
        assertEquals(EntityType.ORGANIZATION, fr.get("Météo-France"), fr.toString());
    }

    @Test
    void germanCommonNounsAreNoPlacesWhateverTownShareTheirName() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Sturm an der Küste",
                "Seit Mitte August kommen täglich Kundinnen und Kunden in die Apotheke. Die Brandung riss große Mengen Sand ab. "
                + "Die Zahl der Toten sei im Norden des Landes in Höhe von 20 gestiegen, nach dem Motto: Jeder für sich. "
                + "Der Abriss betrifft die Straßenbrücke nach Polen und den Hindenburgdamm. In Essen, in der Schweiz und in "
                + "Bayern regnete es, und wer aus Posen kam, fuhr nach Mannheim.", "de"));
        for (String noun : java.util.List.of("Mitte", "Kundinnen", "Kunden", "Mengen", "Norden", "Landes", "Höhe", "Motto", "Straßenbrücke")) {
            assertFalse(t.containsKey(noun), noun + " is a German noun: " + t);
        }
        for (String place : java.util.List.of("Polen", "Hindenburgdamm", "Essen", "Schweiz", "Bayern", "Posen", "Mannheim")) {
            assertEquals(EntityType.LOCATION, t.get(place), place + ": " + t);
        }
    }

    @Test
    void aGermanBodyOrPlaceIsNamedInTheNominativeWhateverCaseTheSentencePutsItIn() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Bilanz",
                "Der Deutsche Fußball-Bund (DFB) teilte mit, die Vereinbarung gelte. Die Leiterin des Landeskriminalamts Sachsen "
                + "und ein Vertreter der Demokratischen Partei sprachen mit Helfern der Vereinten Nationen. Der frühere Präsident "
                + "Südafrikas kam auch, und die Bürgerinitiative Gegenwind Hunsrück.", "de"));
        for (String name : java.util.List.of("Deutscher Fußball-Bund", "Landeskriminalamt Sachsen", "Demokratische Partei",
                "Bürgerinitiative Gegenwind Hunsrück")) {
            assertEquals(EntityType.ORGANIZATION, t.get(name), name + ": " + t);
        }
        assertEquals(EntityType.LOCATION, t.get("Südafrika"), t.toString());
        assertFalse(t.containsKey("Landeskriminalamts Sachsen"), t.toString());
    }

    @Test
    void aGermanStatesAdjectiveNamesItsBodiesALandsAfterTheBodyAsItsOwnNameIs() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Polizeigesetz", "Das Kabinett der niedersächsischen "
                + "Landesregierung beschloss den Entwurf. Die thüringischen Grünen und die bayerische SPD kritisieren ihn. Auch "
                + "ein Sprecher des hessischen Wirtschaftsministeriums, die lettische Regierung und das ägyptische Innenministerium "
                + "äußerten sich. Die politische Führung und die städtische Polizei schwiegen.", "de"));
        for (String name : java.util.List.of("Landesregierung Niedersachsen", "Bündnis 90/Die Grünen Thüringen", "SPD Bayern",
                "Wirtschaftsministerium Hessen", "lettische Regierung", "ägyptisches Innenministerium")) {
            assertEquals(EntityType.ORGANIZATION, t.get(name), name + ": " + t);
        }
        assertTrue(t.keySet().stream().noneMatch(n -> n.contains("Führung") || n.contains("städtisch")),
                "an adjective of no state names no body: " + t);
        // a ministry named alone in a story about one Land's government is that Land's
        Map<String, EntityType> land = Articles.types(Articles.extract("Versammlungsrecht", "Die sächsische Landesregierung legt "
                + "ein Gesetz vor. Nach Angaben des Innenministeriums soll es im Herbst gelten.", "de"));
        assertEquals(EntityType.ORGANIZATION, land.get("Innenministerium Sachsen"), land.toString());
        Map<String, EntityType> federal = Articles.types(Articles.extract("Versammlungsrecht", "Die lettische Regierung legt "
                + "ein Gesetz vor. Nach Angaben des Innenministeriums soll es im Herbst gelten.", "de"));
        assertTrue(federal.keySet().stream().noneMatch(n -> n.startsWith("Innenministerium")), "no Land, no owner: " + federal);
    }

    @Test
    void aTitleOfOneLanguageHoldsItsNameWhateverTheWordsMeanElsewhere() {
        Map<String, EntityType> nl = Articles.types(Articles.extract("Stalling", "Dat heeft wethouder Lot van Dijkhorst dinsdag "
                + "bekendgemaakt.", "nl"));
        assertEquals(EntityType.PERSON, nl.get("Lot van Dijkhorst"), "a given name that is also a French département: " + nl);
        Map<String, EntityType> it = Articles.types(Articles.extract("Cantiere", "I lavori lungo via Emilia Levante e in via "
                + "Roma dureranno otto mesi.", "it"));
        assertEquals(EntityType.LOCATION, it.get("via Emilia Levante"), "an Italian street, not a person: " + it);
        Map<String, EntityType> ms = Articles.types(Articles.extract("Banjir", "Datuk Bandar MBKT, Datuk Razali Hamid, berkata "
                + "projek itu siap tahun depan.", "ms"));
        assertEquals(EntityType.PERSON, ms.get("Razali Hamid"), ms.toString());
        assertTrue(ms.keySet().stream().noneMatch(n -> n.startsWith("Bandar")), "Datuk Bandar is the mayor's title: " + ms);
    }

    @Test
    void anEnglishBodyNamedForTwoPlacesOrWithAPossessiveIsOneName() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Data leak", "Maidstone and Tunbridge Wells NHS Trust said the "
                + "error was reported to the Information Commissioner's Office. Leeds and Bradford were flooded, and Japan's "
                + "Ministry of Agriculture warned farmers.", "en"));
        assertEquals(EntityType.ORGANIZATION, t.get("Maidstone and Tunbridge Wells NHS Trust"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Information Commissioner's Office"), t.toString());
        assertEquals(EntityType.LOCATION, t.get("Leeds"), "two places are two names: " + t);
        assertEquals(EntityType.LOCATION, t.get("Bradford"), t.toString());
        assertEquals(EntityType.LOCATION, t.get("Japan"), "a country and its body are two names: " + t);
        assertEquals(EntityType.ORGANIZATION, t.get("Ministry of Agriculture"), t.toString());
    }

    @Test
    void whatARomanceRoleBelongsToAfterTheArticlesContractionIsABody() {
        Map<String, EntityType> fr = Articles.types(Articles.extract("Piscine", "« Nos nageurs vont enfin retrouver leur bassin », "
                + "se réjouit Thomas Perrin, président du Grenoble Natation.", "fr"));
        assertEquals(EntityType.ORGANIZATION, fr.get("Grenoble Natation"), fr.toString());
    }

    @Test
    void aRelativesNounMakesTheGivenNameAfterItAPersonWhateverTownSharesIt() {
        Map<String, EntityType> it = Articles.types(Articles.extract("Caffè", "Bertolino gestisce il locale insieme alla moglie "
                + "Franca dal 1990.", "it"));
        assertEquals(EntityType.PERSON, it.get("Franca"), "not the Brazilian town: " + it);
        Map<String, EntityType> en = Articles.types(Articles.extract("Fire", "A fire gutted the restaurant he ran with his wife "
                + "Nancy for twenty years.", "en"));
        assertEquals(EntityType.PERSON, en.get("Nancy"), "not the French city: " + en);
    }

    @Test
    void aNameInAppositionToANounForAnyBodyIsABody() {
        Map<String, EntityType> en = Articles.types(Articles.extract("Waste plant", "The company behind the plan, Greenway "
                + "Recycling, said the plant would meet every standard.", "en"));
        assertEquals(EntityType.ORGANIZATION, en.get("Greenway Recycling"), en.toString());
        Map<String, EntityType> es = Articles.types(Articles.extract("Agua", "La empresa concesionaria, Aqualia, explicó que el "
                + "agua es potable.", "es"));
        assertEquals(EntityType.ORGANIZATION, es.get("Aqualia"), es.toString());
    }

    @Test
    void aFeastWhoseNameIsAlsoAGivenNameIsNoOneAfterALinkWord() {
        Map<String, EntityType> fr = Articles.types(Articles.extract("Marché", "Le célèbre marché de Noël de Strasbourg comptera "
                + "280 chalets. Noël Mamère a réagi.", "fr"));
        assertEquals(EntityType.LOCATION, fr.get("Strasbourg"), fr.toString());
        assertEquals(EntityType.PERSON, fr.get("Noël Mamère"), "a person of that given name stays one: " + fr);
        assertTrue(fr.keySet().stream().noneMatch(k -> k.startsWith("Noël de")), fr.toString());
        Map<String, EntityType> it = Articles.types(Articles.extract("Mercatino", "Il mercatino di Natale di Bolzano apre oggi.", "it"));
        assertFalse(it.containsKey("Natale"), it.toString());
    }

    @Test
    void aRomanceStreetOrBridgeNamedAfterAPersonIsThatPlaceAndDeLaStaysInNames() {
        Extraction x = Articles.extract("Obras", "Los autobuses se desviarán por el puente de Isabel la Católica. La vicepresidenta "
                + "María Teresa Fernández de la Vega visitó la obra.", "es");
        Map<String, EntityType> t = Articles.types(x);
        assertEquals(EntityType.PERSON, t.get("María Teresa Fernández de la Vega"), t.toString());
        assertTrue(x.geolocations().stream().noneMatch(g -> g.getMention().startsWith("Isabel")), "not the Solomon Islands province");
        assertFalse(t.containsKey("Isabel"), t.toString());
    }

    @Test
    void anIndonesianAgencyOfListedPortfoliosIsOneBody() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Harga cabai", "Kepala Dinas Koperasi, Usaha Kecil dan Menengah, "
                + "dan Perdagangan Kota Madiun, Rina Wulandari, menyatakan pihaknya akan menggelar operasi pasar. Ketua Pengadilan "
                + "Negeri, Ketua Pengadilan Tinggi, dan MA hadir.", "id"));
        assertEquals(EntityType.ORGANIZATION, t.get("Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan"), t.toString());
        assertFalse(t.containsKey("Usaha Kecil"), "a portfolio is no person: " + t);
        assertEquals(EntityType.PERSON, t.get("Rina Wulandari"), t.toString());
        assertTrue(t.keySet().stream().noneMatch(k -> k.contains(", dan MA")), "posts of several bodies are several names: " + t);
    }

    @Test
    void aGermanCompoundThatSharesItsEndWithTheNextIsOneNameWithIt() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Sturmflut", "Ein Sprecher des Deich- und Hauptsielverbands "
                + "Eiderstedt warnte. Die Industrie- und Handelskammer Ostbrandenburg rechnet mit Einbußen.", "de"));
        assertEquals(EntityType.ORGANIZATION, t.get("Deich- und Hauptsielverband Eiderstedt"), "in the nominative: " + t);
        assertEquals(EntityType.ORGANIZATION, t.get("Industrie- und Handelskammer Ostbrandenburg"), t.toString());
    }

    @Test
    void aGermanNounForTheKindOfBodyBeforeItsOwnNameIsNotPartOfIt() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Windpark", "Die Betreibergesellschaft Ostsee Wind GmbH plant "
                + "42 Anlagen. Die Gewerkschaft GDL und die Deutsche Bahn AG verhandeln.", "de"));
        assertEquals(EntityType.ORGANIZATION, t.get("Ostsee Wind GmbH"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("GDL"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Deutsche Bahn AG"), "an adjective opens a name: " + t);
        Map<String, EntityType> more = Articles.types(Articles.extract("Umfrage", "Das Meinungsforschungsinstitut YouGov befragte "
                + "2.000 Menschen. Die Partei Pasok und der Hauptsielverband Eiderstedt äußerten sich, ebenso die Stiftung Warentest.", "de"));
        assertEquals(EntityType.ORGANIZATION, more.get("YouGov"), more.toString());
        assertEquals(EntityType.ORGANIZATION, more.get("Pasok"), more.toString());
        assertEquals(EntityType.ORGANIZATION, more.get("Hauptsielverband Eiderstedt"), "a compound's own name: " + more);
        assertEquals(EntityType.ORGANIZATION, more.get("Stiftung Warentest"), "a noun is part of the name: " + more);
        Map<String, EntityType> nl = Articles.types(Articles.extract("Mest", "Landbouworganisatie ZLTO spreekt van een onuitvoerbare maatregel.", "nl"));
        assertEquals(EntityType.ORGANIZATION, nl.get("ZLTO"), nl.toString());
    }

    @Test
    void bodiesNamedForTheirRegionAndBodiesOfPlatformsCommitteesAndOrders() {
        Map<String, EntityType> it = Articles.types(Articles.extract("Negozi", "Secondo Confcommercio Trentino hanno chiuso dodici negozi.", "it"));
        assertEquals(EntityType.ORGANIZATION, it.get("Confcommercio Trentino"), it.toString());
        Map<String, EntityType> es = Articles.types(Articles.extract("Mercado", "«Nos dejan sin mercado», lamentó Rocío Benítez, portavoz de "
                + "la Plataforma Vecinal del Casco Antiguo.", "es"));
        assertEquals(EntityType.ORGANIZATION, es.get("Plataforma Vecinal del Casco Antiguo"), es.toString());
        Map<String, EntityType> ms = Articles.types(Articles.extract("Kampung", "Pengerusi Jawatankuasa Bertindak Penduduk Kampung Baru, "
                + "Datuk Shamsuri Suradi, berkata penduduk mahu pampasan yang adil.", "ms"));
        assertEquals(EntityType.ORGANIZATION, ms.get("Jawatankuasa Bertindak Penduduk Kampung Baru"), ms.toString());
    }

    @Test
    void aParticleAndItsArticleStayInsideAGermanOrDutchSurnameButNotAfterAFullName() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Kabinett", "Gesundheitsministerin Kerstin von der Decken (CDU) "
                + "sprach mit Ursula von der Leyen. Auch Howard Berman von der Demokratischen Partei kam.", "de"));
        assertEquals(EntityType.PERSON, t.get("Kerstin von der Decken"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Ursula von der Leyen"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Howard Berman"), "'von der' after a full name says where from: " + t);
    }

    @Test
    void aGermanSentenceMayOpenWithAGivenNameUnlessTheWordIsANounToo() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Verkehr", "Olaf Frenzel war skeptisch. Ernst Müller auch nicht.", "de"));
        assertEquals(EntityType.PERSON, t.get("Olaf Frenzel"), t.toString());
        assertFalse(t.containsKey("Ernst Müller"), "'Ernst' is a noun too, with no other evidence: " + t);
    }

    @Test
    void aPronounOpeningASentenceIsNoOnesNameWhateverGivenNameItIsElsewhere() {
        Map<String, EntityType> t = Articles.types(Articles.extract("École", "L'adjointe au maire, Stéphanie Léger, assure que la "
                + "décision n'a pas été prise à la légère. Elle promet un accompagnement pour chaque famille.", "fr"));
        assertFalse(t.containsKey("Elle"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Stéphanie Léger"), t.toString());
    }

    @Test
    void aCountryThatJustEndsABodysNameIsPartOfItButOneALinkWordJoinsIsAPlace() {
        Map<String, EntityType> ms = Articles.types(Articles.extract("Banjir", "Dalam satu kenyataan, Jabatan Meteorologi Malaysia "
                + "memaklumkan hujan akan berterusan.", "ms"));
        assertEquals(EntityType.ORGANIZATION, ms.get("Jabatan Meteorologi Malaysia"), ms.toString());
        assertFalse(ms.containsKey("Malaysia"), "part of the body's name: " + ms);
        Map<String, EntityType> pt = Articles.types(Articles.extract("Tempestade", "O Serviço Regional de Proteção Civil e Bombeiros "
                + "dos Açores registou 40 ocorrências.", "pt"));
        assertEquals(EntityType.LOCATION, pt.get("Açores"), pt.toString());
    }

    @Test
    void theWriterABylineNamesIsAPersonThoughNamedNowhereElse() {
        Map<String, EntityType> en = Articles.types(Articles.extract("Berry farms count the cost", "By Callum Baird\n\nGrowers "
                + "expect a poor harvest, said Morag Strachan.", "en"));
        assertEquals(EntityType.PERSON, en.get("Callum Baird"), en.toString());
        Map<String, EntityType> fr = Articles.types(Articles.extract("La criée mise sur le merlu", "Par Gwenaëlle Le Gall\n\nLe port "
                + "a vendu moins de merlu, a dit Erwan Guillou.", "fr"));
        assertEquals(EntityType.PERSON, fr.get("Gwenaëlle Le Gall"), "a particle after a given name opening the line: " + fr);
    }

    @Test
    void aNounForAKindOfPlaceAndALinkWordBeforeARunMakeItAPlace() {
        Map<String, EntityType> es = Articles.types(Articles.extract("Calor", "En el barrio de Tres Mil Viviendas muchos vecinos "
                + "durmieron en la calle, contó Carmen Moreno.", "es"));
        assertEquals(EntityType.LOCATION, es.get("Tres Mil Viviendas"), es.toString());
        Map<String, EntityType> ms = Articles.types(Articles.extract("Jalan", "Ketua Polis Daerah Cameron Highlands, Superintendan "
                + "Azri Ramli, berkata tiada kemalangan jiwa dilaporkan.", "ms"));
        assertEquals(EntityType.ORGANIZATION, ms.get("Polis Daerah Cameron Highlands"), "no town abroad called Polis: " + ms);
        assertEquals(EntityType.PERSON, ms.get("Azri Ramli"), ms.toString());
    }

    @Test
    void initialsBeforeANameAndAfterAPostAreABodysNotAPersons() {
        Map<String, EntityType> id = Articles.types(Articles.extract("Sabu", "Ketua RT setempat, Sumarni, mengaku tidak menyangka "
                + "rumah kos itu dijadikan tempat transaksi.", "id"));
        assertFalse(id.containsKey("Ketua RT"), id.toString());
        assertEquals(EntityType.PERSON, id.get("Sumarni"), id.toString());
        Map<String, EntityType> pt = Articles.types(Articles.extract("Porto", "\"Vão cortar vinte árvores centenárias para nada\", "
                + "disse ao JN Manuel Pinto.", "pt"));
        assertEquals(EntityType.PERSON, pt.get("Manuel Pinto"), pt.toString());
        Map<String, EntityType> de = Articles.types(Articles.extract("Stahl", "Die IG Metall Küste forderte eine Garantie.", "de"));
        assertEquals(EntityType.ORGANIZATION, de.get("IG Metall Küste"), de.toString());
        Map<String, EntityType> it = Articles.types(Articles.extract("Rifiuti", "A Palermo la raccolta dei rifiuti è in ritardo.", "it"));
        assertEquals(EntityType.LOCATION, it.get("Palermo"), "a preposition opening the sentence is no part of the name: " + it);
    }

    @Test
    void englishOwnersOfARoleAndPeoplesAffiliationsAreBodies() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Fine", "Southern Water has been fined. Southern Water's chief "
                + "executive, Lawrence Gosden, apologised. \"It is pocket change,\" said Hugo Tagholm of Surfers Against Sewage. "
                + "Mary Smith of Leeds agreed.", "en"));
        assertEquals(EntityType.ORGANIZATION, t.get("Southern Water"), "one name, one kind, in the article: " + t);
        assertEquals(EntityType.ORGANIZATION, t.get("Surfers Against Sewage"), t.toString());
        assertEquals(EntityType.LOCATION, t.get("Leeds"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Hugo Tagholm"), t.toString());
    }

    @Test
    void anAcronymTheArticleSpellsOutIsThatBodyWhateverTownHasItsLetters() {
        Extraction x = Articles.extract("Airport", "The campaign group Bristol Airport Action Network (BAAN) said it would appeal. "
                + "A spokesman for BAAN said the ruling ignored the climate emergency.", "en");
        Map<String, EntityType> t = Articles.types(x);
        assertFalse(t.containsValue(EntityType.LOCATION), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Bristol Airport Action Network"), t.toString());
    }

    @Test
    void aBodysInitialsThenItsPlaceAreABodyAndTheFrenchVilleIsTheCitysAdministration() {
        Map<String, EntityType> nl = Articles.types(Articles.extract("Walstroom", "\"Het kan sneller\", zei de hoogleraar aan de TU "
                + "Delft, prof. dr. Anna de Boer.", "nl"));
        assertEquals(EntityType.ORGANIZATION, nl.get("TU Delft"), nl.toString());
        Map<String, EntityType> fr = Articles.types(Articles.extract("Neige", "Sur les routes, la Ville de Montréal a déployé plus "
                + "de 2 000 véhicules.", "fr"));
        assertEquals(EntityType.ORGANIZATION, fr.get("Ville de Montréal"), fr.toString());
    }

    @Test
    void aPortfolioAfterALowerCasePostIsNoPartOfTheBodysName() {
        Map<String, EntityType> es = Articles.types(Articles.extract("Puente", "La alcaldesa inauguró el puente junto al consejero de "
                + "Fomento del Gobierno de Aragón, Octavio López.", "es"));
        assertEquals(EntityType.ORGANIZATION, es.get("Gobierno de Aragón"), es.toString());
        assertFalse(es.containsKey("Fomento del Gobierno de Aragón"), es.toString());
    }

    @Test
    void malayAndIndonesianPostsBodiesAndPlacesOfBodies() {
        Map<String, EntityType> ms = Articles.types(Articles.extract("Kilang", "Jabatan Alam Sekitar (JAS) Johor menyaman sebuah kilang.", "ms"));
        assertEquals(EntityType.ORGANIZATION, ms.get("Jabatan Alam Sekitar"), "a capitalised function word ends the body's name: " + ms);
        Map<String, EntityType> id = Articles.types(Articles.extract("Beras", "Ketua DPRD Kota Makassar Rudianto Lallo meminta pemerintah "
                + "kota mengawasi distribusi. Gubernur DKI Jakarta Anies Baswedan hadir.", "id"));
        assertEquals(EntityType.ORGANIZATION, id.get("DPRD Kota Makassar"), id.toString());
        assertEquals(EntityType.PERSON, id.get("Rudianto Lallo"), id.toString());
        assertFalse(id.containsKey("DKI Jakarta") && id.get("DKI Jakarta") == EntityType.ORGANIZATION, "a province: " + id);
        Map<String, EntityType> en = Articles.types(Articles.extract("Floods", "City of York Council leader Claire Douglas opened two "
                + "shelters.", "en"));
        assertEquals(EntityType.ORGANIZATION, en.get("City of York Council"), en.toString());
    }

    @Test
    void aLowerCaseNounForAnAssociationBeforeANameMakesItABodyButNotAcrossAComma() {
        Map<String, EntityType> es = Articles.types(Articles.extract("Puente", "No todos opinan igual: la asociación Apudepa lamentó "
                + "la sustitución de piedras. El dueño de la empresa, Joaquim Palma, estimó los daños.", "es"));
        assertEquals(EntityType.ORGANIZATION, es.get("Apudepa"), es.toString());
        assertEquals(EntityType.PERSON, es.get("Joaquim Palma"), "a name in apposition after a comma: " + es);
    }

    @Test
    void governmentsAndLatinAmericanAdministrationsAreBodies() {
        Map<String, EntityType> en = Articles.types(Articles.extract("Strike", "The Scottish Government said it remained committed.", "en"));
        assertEquals(EntityType.ORGANIZATION, en.get("Scottish Government"), en.toString());
        Map<String, EntityType> es = Articles.types(Articles.extract("Aire", "La Alcaldía de Bogotá amplió la restricción. El Concejo de "
                + "Bogotá citó a la alcaldesa, aseguró la Secretaría de Movilidad.", "es"));
        assertEquals(EntityType.ORGANIZATION, es.get("Alcaldía de Bogotá"), es.toString());
        assertEquals(EntityType.ORGANIZATION, es.get("Concejo de Bogotá"), es.toString());
        assertEquals(EntityType.ORGANIZATION, es.get("Secretaría de Movilidad"), es.toString());
    }

    @Test
    void englishPutsTheKindOfBodyAfterItsName() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Strike", "Drivers voted to strike, the Unite union said. The GMB "
                + "union and the Acme company agreed. Her coach at the Hamilton club said nothing.", "en"));
        assertEquals(EntityType.ORGANIZATION, t.get("Unite"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Acme"), t.toString());
        assertEquals(EntityType.LOCATION, t.get("Hamilton"), "a club of a town: " + t);
    }

    @Test
    void aTitleThenAGivenNameIsAPersonWhoseSurnameIsAPlaceWord() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Alluvione", "Il sindaco Massimo Isola ha parlato ai residenti.", "it"));
        assertEquals(EntityType.PERSON, t.get("Massimo Isola"), t.toString());
    }

    @Test
    void membersOfParliamentAreTitledAndASentencesCapitalBeforeATitleIsNoName() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Ferries", "Local MSP Kenneth Gibson called for a meeting. "
                + "Labour MP Jess Phillips agreed.", "en"));
        assertEquals(EntityType.PERSON, t.get("Kenneth Gibson"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Jess Phillips"), t.toString());
        assertTrue(t.keySet().stream().noneMatch(k -> k.startsWith("Local")), t.toString());
    }

    @Test
    void anIndonesianPostItsBodyAndItsHolderAreToldApartWithoutAComma() {
        // A given name opens the holder's name, even when a gazetteer knows the surname as a place.
        Map<String, EntityType> t = Articles.types(Articles.extract("Harga cabai",
                "Ketua Asosiasi Petani Kopi Indonesia Abdul Hamid menilai harga akan turun.", "id"));
        assertEquals(EntityType.PERSON, t.get("Abdul Hamid"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Asosiasi Petani Kopi Indonesia"), t.toString());
        // Before a speech verb, the body's last word (its region's acronym) shows where an unlisted name starts; a
        // portfolio after the body's noun ("Perdagangan") is the body's, not a title.
        t = Articles.types(Articles.extract("Harga cabai",
                "Kepala Dinas Perindustrian dan Perdagangan DIY Syam Arjayanti mengatakan harga naik.", "id"));
        assertEquals(EntityType.PERSON, t.get("Syam Arjayanti"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Dinas Perindustrian dan Perdagangan DIY"), t.toString());
        // A country that ends the run is the body's, and a word after the portfolio ends the body's name.
        Map<String, EntityType> u = Articles.types(Articles.extract("Pangan", "Kepala Badan Pangan Timor Leste mengatakan stok cukup. "
                + "Jaksa Kejaksaan Negeri Sleman, Rina Wulandari, mengatakan berkas lengkap.", "id"));
        assertTrue(u.keySet().stream().noneMatch(k -> k.contains("Timor") && u.get(k) == EntityType.PERSON), u.toString());
        assertEquals(EntityType.ORGANIZATION, u.get("Kejaksaan Negeri Sleman"), u.toString());
        assertEquals(EntityType.PERSON, u.get("Rina Wulandari"), u.toString());
    }

    @Test
    void theOwnerOfARoleIsABodyUnlessNamedLikeAPerson() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Homes",
                "A spokesperson for Riverside Dwellings said the company would wait.", "en"));
        assertEquals(EntityType.ORGANIZATION, t.get("Riverside Dwellings"), t.toString());
        Map<String, String> s = Articles.speakers("en", "A spokesperson for Riverside Dwellings said the firm would \"keep listening to local people\".");
        assertEquals("Riverside Dwellings", s.get("keep listening to local people"), s.toString());
    }

    @Test
    void aLoneSurnameOfSomeoneNamedInFullIsThatPersonNotATown() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Plan", "Council leader Gareth Evans chaired the meeting.\n\n"
                + "According to Evans, work could begin next spring.", "en"));
        assertEquals(EntityType.PERSON, t.get("Gareth Evans"), t.toString());
        assertTrue(!t.containsKey("Evans"), "the surname is his, not a town's: " + t);
    }

    @Test
    void anElidedOrPluralArticleNamesABodyOrAPeopleNeverAPerson() {
        Map<String, EntityType> it = Articles.types(Articles.extract("Frana", "Secondo l'Anas, la strada resterà chiusa.", "it"));
        assertEquals(EntityType.ORGANIZATION, it.get("Anas"), it.toString());
        Map<String, EntityType> fr = Articles.types(Articles.extract("Grève", "Le ministre a parlé. « Les Français n'ont pas à payer », a-t-il dit.", "fr"));
        assertTrue(fr.get("Français") != EntityType.PERSON, fr.toString());
    }

    @Test
    void aBodysNameGoesOnAfterItsPortfolioAndAConjunction() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Harga", "Pengarah Kementerian Perdagangan Dalam Negeri "
                + "dan Kos Sara Hidup (KPDN) Pahang, Roslan Yusof berkata harga akan dipantau. Warga Desa Sukarame menanam pisang.", "ms"));
        assertEquals(EntityType.ORGANIZATION, t.get("Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup"), t.toString());
        assertTrue(t.keySet().stream().noneMatch(k -> k.startsWith("dan") || k.startsWith("Warga")), t.toString());
    }

    @Test
    void aBodyNamedForItsCountryAndAnIsleOfAreNoPeople() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Ferries", "Sailings to the Isle of Muck were cancelled. "
                + "Sport Scotland said the games would go ahead.", "en"));
        assertEquals(EntityType.LOCATION, t.get("Isle of Muck"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Sport Scotland"), t.toString());
    }

    @Test
    void aBodyTheArticleNamesOnItsOwnEndsWhereItsHoldersNameBegins() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Beras", "Perum Sarana Pangan memastikan stok aman. "
                + "Direktur Utama Perum Sarana Pangan Wisnu Hardjono mengatakan operasi pasar digelar. \"Stok cukup,\" kata Wisnu.", "id"));
        assertEquals(EntityType.PERSON, t.get("Wisnu Hardjono"), t.toString());
        assertEquals(EntityType.ORGANIZATION, t.get("Perum Sarana Pangan"), t.toString());
        Map<String, EntityType> nl = Articles.types(Articles.extract("Schiphol", "Minister Mark Harbers van Infrastructuur liet weten "
                + "de situatie te volgen. \"Het blijft krap\", zegt Schiphol-woordvoerder Willemijn Dijkstra.", "nl"));
        assertEquals(EntityType.PERSON, nl.get("Mark Harbers"), nl.toString());
        assertEquals(EntityType.PERSON, nl.get("Willemijn Dijkstra"), nl.toString());
        assertTrue(nl.keySet().stream().noneMatch(k -> k.contains("Infrastructuur")), nl.toString());
    }

    @Test
    void oneNameWithAnAgeABodysAcronymAfterAPostAndACompanysSuffix() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Rob", "Kepala Pelaksana BPBD Kabupaten Demak Joko Santoso mengatakan "
                + "air naik. Salah satu warga, Sumirah (52), mengaku tidak bisa berjualan.", "id"));
        assertEquals(EntityType.PERSON, t.get("Joko Santoso"), t.toString());
        assertEquals(EntityType.PERSON, t.get("Sumirah"), t.toString());
        Map<String, EntityType> ms = Articles.types(Articles.extract("LRT", "Ketua Pegawai Eksekutif Rangkaian Rel Utara Berhad, "
                + "Azman Yusof berkata tambang akan diumumkan.", "ms"));
        assertEquals(EntityType.ORGANIZATION, ms.get("Rangkaian Rel Utara Berhad"), ms.toString());
        Map<String, EntityType> pt = Articles.types(Articles.extract("Metro", "A Metro do Mondego garante que as obras acabam em maio.", "pt"));
        assertEquals(EntityType.ORGANIZATION, pt.get("Metro do Mondego"), pt.toString());
    }

    @Test
    void whoseAccountItIsIsABodyUnlessTheWordIsAPersonsName() {
        Map<String, EntityType> it = Articles.types(Articles.extract("Smog", "Il provvedimento, secondo Ecoforum, arriva tardi.", "it"));
        assertEquals(EntityType.ORGANIZATION, it.get("Ecoforum"), it.toString());
        Map<String, EntityType> es = Articles.types(Articles.extract("Obras", "La obra, según Martínez, terminará en mayo.", "es"));
        assertTrue(es.get("Martínez") != EntityType.ORGANIZATION, es.toString());
    }

    @Test
    void aOneWordOutletsNameBeforeANumberIsAWord() {
        Map<String, EntityType> t = Articles.types(Articles.extract("Verkehr", "Die Stadt will auf weiteren Straßen Tempo 30 einführen.", "de"));
        assertTrue(!t.containsKey("Tempo"), t.toString());
        Map<String, EntityType> id = Articles.types(Articles.extract("Media", "Laporan itu dimuat majalah Tempo pekan lalu.", "id"));
        assertEquals(EntityType.ORGANIZATION, id.get("Tempo"), id.toString());
    }

    @Test
    void theTitleSpellsOutANameTheBodyWritesWithAnInitial() {
        Extraction x = extract("Jakob Maria Brandtner: Diesmal lag die Prognose daneben",
                "Der Abgeordnete Jakob M. Brandtner hatte das Ergebnis vorhergesagt. Brandtner sagte: „Die Zahlen lügen nicht.“");
        assertEquals("Jakob Maria Brandtner", x.quotes().get(0).getSpeaker());
        Extraction untitled = extract("Prognose daneben",
                "Der Abgeordnete Jakob M. Brandtner hatte das Ergebnis vorhergesagt. Brandtner sagte: „Die Zahlen lügen nicht.“");
        assertEquals("Jakob M. Brandtner", untitled.quotes().get(0).getSpeaker());
    }

    @Test
    void aPlaceWordOfOneLanguageIsAPrepositionInAnother() {
        // "laut" is the Malay and Indonesian sea, and the German "according to"
        Extraction x = extract("Prognose",
                "Dass Jakob M. Brandtner das Ergebnis nicht vorhersagen konnte, hat überrascht. Brandtner berechnet das "
                        + "Wahlverhalten aus der Stahlerzeugung. Wie viele Stimmen die SPD erhält, errechnet sich laut Brandtner "
                        + "aus den Indexzahlen der Rohstahlproduktion in Deutschland.");
        Map<String, EntityType> types = Articles.types(x);
        assertFalse(types.containsKey("laut Brandtner"), types.toString());
        assertEquals(EntityType.PERSON, types.get("Jakob M. Brandtner"), types.toString());
        Extraction malay = extract("Cuaca", "Kapal itu tenggelam di laut Natuna, kata pihak berkuasa.");
        assertTrue(malay.entities().stream().anyMatch(e -> e.getName().equals("laut Natuna") && e.getType() == EntityType.LOCATION),
                malay.entities().toString());
    }

    @Test
    void aSaintsNameOrAStreetIsNoPerson() {
        Extraction x = extract("Genova", "Un muro è crollato stamattina in salita Santa Caterina, nel centro storico. "
                + "Il comandante Giuseppe Arena ha parlato con i residenti di San Lorenzo.");
        Map<String, EntityType> types = Articles.types(x);
        assertEquals(EntityType.LOCATION, types.get("salita Santa Caterina"), types.toString());
        assertTrue(types.get("San Lorenzo") != EntityType.PERSON, types.toString());
        assertEquals(EntityType.PERSON, types.get("Giuseppe Arena"), types.toString());
    }

    @Test
    void aPortugueseSurnameAfterDeAndAPalaceAreWhatTheySay() {
        Extraction x = extract("Câmara", "O presidente da Câmara, Carlos Pinto de Sá, falou no Palazzo Marino com Ana Sá.");
        Map<String, EntityType> types = Articles.types(x);
        assertEquals(EntityType.PERSON, types.get("Carlos Pinto de Sá"), types.toString());
        assertEquals(EntityType.LOCATION, types.get("Palazzo Marino"), types.toString());
    }
}
