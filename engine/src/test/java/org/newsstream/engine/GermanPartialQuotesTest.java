package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsstream.engine.Articles.speakers;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.Entity;

/**
 * German news quotes a phrase of what a named person said inside its own sentence, with the verb's particle at the
 * end of the clause ("kündigte … an", "räumte … ein"); a group's word in quotes stays a term.
 */
class GermanPartialQuotesTest {
    @Test
    void aPhraseInQuotesInsideThePersonsOwnSentence() {
        Extraction x = Articles.extract("", "Viele Fragen seien laut Karin Vogelsang, Geschäftsführerin der Handwerkskammer, noch offen. "
                + "Sie fordert eine „verlässliche Frist“ von zwei Jahren.\n\n"
                + "Gestern kündigte die Ministerin Eva Lindqvist weitere „deutliche Verbesserungen“ für Pendler an.\n\n"
                + "Der Bürgermeister Jan Kowalski räumte jedoch ein, dass der Plan einen „erheblichen Nachteil“ habe.", "de");
        Map<String, String> s = speakers(x);
        assertEquals("Karin Vogelsang", s.get("verlässliche Frist"), s.toString());
        assertEquals("Eva Lindqvist", s.get("deutliche Verbesserungen"), "the particle after the quote: " + s);
        assertEquals("Jan Kowalski", s.get("erheblichen Nachteil"), "the particle before the comma: " + s);
    }

    @Test
    void aVerbCoordinatedAfterAQuoteAndASubjectAfterAnAdverbAndAuxiliary() {
        Extraction x = Articles.extract("", "Eva Lindqvist nannte den Plan „überfällig“ und unterstrich, dass er „dringend“ sei.\n\n"
                + "Unterdessen hat sich auch der Außenminister Tomasz Wielgosz den Forderungen angeschlossen und mahnte an, "
                + "dass die Grundlagen „eindeutig“ sein müssten.", "de");
        Map<String, String> s = speakers(x);
        assertEquals("Eva Lindqvist", s.get("dringend"), s.toString());
        assertEquals("Tomasz Wielgosz", s.get("eindeutig"), s.toString());
    }

    @Test
    void aGroupsWordIsATermAndANounWithAGenitiveIsNoSpeaker() {
        Extraction x = Articles.extract("", "Die Händler in der Innenstadt beklagen eine „Kaufzurückhaltung“ seit dem Sommer.\n\n"
                + "Die Kritik des Verbandes wies die Stadtverwaltung zurück: „Wir haben die Zahlen sorgfältig geprüft und bleiben bei unserer Entscheidung.“", "de");
        Map<String, String> s = speakers(x);
        assertFalse(s.containsKey("Kaufzurückhaltung"), "no one named said it: " + s);
        assertFalse(x.entities().stream().map(Entity::getName).anyMatch(n -> n.startsWith("Kritik")), x.entities().toString());
    }
}
