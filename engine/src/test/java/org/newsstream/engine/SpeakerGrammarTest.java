package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.EntityType;

/**
 * The attribution grammar on its own: which phrase of the sentence names each quote's speaker, before any
 * clustering. Sentences are written for these tests; each states one shape of attribution in one language.
 */
class SpeakerGrammarTest {
    private static Lexicon lex;
    private static SpeakerGrammar grammar;
    private static QuoteSpans spans;

    @BeforeAll
    static void load() {
        lex = Lexicon.shipped();
        spans = new QuoteSpans(lex);
        grammar = new SpeakerGrammar(lex, spans);
    }

    /** The speaker phrase of the first quote of the text ("PRONOUN", "REFERENCE:noun" or the name), or null. */
    private static String speakerOf(String text, String language) {
        SpeakerGrammar.Speaker s = first(text, language);
        if (s == null) {
            return null;
        }
        String phrase = text.substring(s.start(), s.end());
        return switch (s.kind()) {
            case NAME -> phrase;
            case PRONOUN -> "PRONOUN";
            case REFERENCE -> "REFERENCE:" + phrase;
        };
    }

    private static SpeakerGrammar.Speaker first(String text, String language) {
        Document doc = Document.layout(new ArticleInput("t", "", text, language, null), language, lex);
        List<QuoteSpans.Span> found = spans.find(doc);
        Map<QuoteSpans.Span, SpeakerGrammar.Speaker> said = grammar.speakers(doc, found, List.of());
        return found.isEmpty() ? null : said.get(found.get(0));
    }

    @Test
    void spanishVerbThenRoleThenTheNameInApposition() {
        assertEquals("Ana Beltrán Ruiz", speakerOf("«El puerto recibirá más buques este verano», explicó la directora"
                + " del puerto, Ana Beltrán Ruiz, tras la reunión.", "es"));
    }

    @Test
    void frenchVerbAPhraseOfPlaceThenTheRoleAndItsHolder() {
        assertEquals("Paul Martin-Roche", speakerOf("« Les faits sont établis », a lancé à l’audience le procureur,"
                + " Paul Martin-Roche, qui a requis un an de prison.", "fr"));
    }

    @Test
    void frenchNoBreakSpacesInsideGuillemets() {
        assertEquals("Claire Dubois", speakerOf("«\u00a0Nous rouvrirons lundi\u00a0», a déclaré Claire Dubois.", "fr"));
    }

    @Test
    void italianRoleInAppositionAndTitlesDropped() {
        assertEquals("Mario Lecca", speakerOf("«L'acqua tornerà domani», ha spiegato il sindaco, Mario Lecca.", "it"));
        assertEquals("Lucia Ferri", speakerOf("«Il ponte è sicuro», ha detto l'Ing. Lucia Ferri, dell'ufficio tecnico.", "it"));
    }

    @Test
    void germanRoleOfAnOrganisationThenTheName() {
        assertEquals("Jens Ohlsen", speakerOf("„Die Leitungen sind repariert“, sagte der Sprecher der Stadtwerke Kiel,"
                + " Jens Ohlsen.", "de"));
    }

    @Test
    void germanSeparableVerbWithTheOrganisationBetween() {
        SpeakerGrammar.Speaker s = first("„Heute fahren keine Züge“, teilte die Nordbahn GmbH in einer Stellungnahme mit.", "de");
        assertEquals(SpeakerGrammar.Kind.NAME, s.kind());
        assertEquals(EntityType.ORGANIZATION, s.type());
    }

    @Test
    void germanVerbSecondPutsTheSubjectAfterTheVerb() {
        assertEquals("Landesverband der Imker", speakerOf("In einer Stellungnahme erklärte der Landesverband der Imker:"
                + " „Die Völker haben den Winter überstanden.“", "de"));
        assertEquals("Ina Brandt", speakerOf("Den Ablauf schilderte Ina Brandt so: „Wir waren um sechs Uhr dort.“", "de"));
    }

    @Test
    void germanRoleNounBeforeAGivenNameIsNoPartOfTheName() {
        assertEquals("Tom Behrens", speakerOf("„Das Dach hält“, sagte Dachdecker Tom Behrens.", "de"));
    }

    @Test
    void indonesianPostOfABodyThenItsHolder() {
        assertEquals("Rahmat Hidayat", speakerOf("\"Stok ikan masih aman,\" kata Kepala Dinas Perikanan Kabupaten Bima,"
                + " Rahmat Hidayat, Senin.", "id"));
    }

    @Test
    void malayPatronymicStaysInTheName() {
        assertEquals("Aina anak Jugah", speakerOf("\"Kami berlatih setiap hari,\" kata Aina anak Jugah selepas perlawanan.", "ms"));
    }

    @Test
    void pronounsOnTheVerbAndLeftOut() {
        assertEquals("PRONOUN", speakerOf("« Nous attendons la pluie », poursuit-elle.", "fr"));
        assertEquals("PRONOUN", speakerOf("«No habrá cortes de agua», añadió.", "es"));
        assertEquals("PRONOUN", speakerOf("„Wir bleiben hier“, fügte er hinzu.", "de"));
    }

    @Test
    void aPossessorOwnsTheRoleAndTheNameInAppositionSpeaks() {
        assertEquals("Carla Dent", speakerOf("\"The plan is ready,\" the minister's spokeswoman, Carla Dent, said.", "en"));
    }

    @Test
    void anOrganisationNounAndTheNameItGoverns() {
        SpeakerGrammar.Speaker s = first("In een verklaring liet de gemeente Assen weten: „De markt gaat door.”", "nl");
        assertEquals(EntityType.ORGANIZATION, s.type());
        assertEquals("REFERENCE:council", speakerOf("\"Repairs start in May,\" the council said.", "en"));
    }

    @Test
    void anOrganisationNamedWithAStatementNounSpeaks() {
        SpeakerGrammar.Speaker s = first("„Die Fähre fällt aus“, hieß es in einer Stellungnahme der Hafen Kiel GmbH.", "de");
        assertEquals(EntityType.ORGANIZATION, s.type());
    }

    @Test
    void aColonIntroducesTheQuoteWhateverTheVerb() {
        assertEquals("Ulla Berg", speakerOf("Die Vorsitzende Richterin, Dr. Ulla Berg, stellte zu Beginn klar: »Jeder Fall"
                + " wird einzeln geprüft.«", "de"));
    }

    @Test
    void aTermInQuotesHasNoSpeaker() {
        assertNull(first("Farmers call the weeks before the harvest the \"lean season\", when little is sold.", "en"));
    }

    @Test
    void aGermanBodysNameStopsBeforeTheVerbButKeepsAdjectivesBeforeItsNouns() {
        assertEquals("REFERENCE:Polizeibehörde", speakerOf("In der Pressemitteilung der sächsischen Polizeibehörde heißt es:"
                + " „Bisher lag der Fokus der Ermittler darauf, das Kind schnell zu finden.“", "de"));
        assertEquals("Bundesamt für wirtschaftliche Landesversorgung", speakerOf("In einer Mitteilung des Bundesamt für"
                + " wirtschaftliche Landesversorgung steht: „Die Versorgung mit Heizöl ist gewährleistet, es gibt genug.“", "de"));
    }

    @Test
    void anIntroductionWithoutAVerbIsTheOpeningPersons() {
        assertEquals("Sammy Torres", speakerOf("Sammy Torres ein Angehöriger der Cosa Nostra über das Schweigen:\n\n"
                + "„Man redet nie im Club, man redet nie im Auto, und man redet nie am Telefon.“", "de"));
    }

    @Test
    void aDutchOrGermanCueSplitAroundItsSubject() {
        assertEquals("REFERENCE:bond", speakerOf("In een verklaring liet de bond weten: „Wij willen haar de ruimte geven om rustig"
                + " te groeien.”", "nl"));
        assertEquals("REFERENCE:Behörde", speakerOf("Am Montag teilte die Behörde mit: „Die Straße bleibt bis zum Freitag"
                + " gesperrt.“", "de"));
    }
}
