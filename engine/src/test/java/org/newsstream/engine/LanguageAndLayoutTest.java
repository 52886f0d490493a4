package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAndLayoutTest {
    private final LanguageDetector detector = new StopwordLanguageDetector(Lexicon.shipped());

    @Test
    void detectsTheNineLanguagesAndTellsIndonesianFromMalay() {
        assertEquals("id", detector.detect("Pemerintah mengatakan bahwa harga beras tidak akan naik karena stok masih cukup."));
        assertEquals("ms", detector.detect("Kerajaan berkata bahawa harga beras tidak akan naik kerana stok masih mencukupi."));
        assertEquals("en", detector.detect("The government said that the price of rice will not rise because stocks are enough."));
        assertEquals("es", detector.detect("El gobierno dijo que el precio del arroz no va a subir porque hay reservas."));
        assertEquals("fr", detector.detect("Le gouvernement a dit que le prix du riz ne va pas augmenter car les stocks sont suffisants."));
        assertEquals("de", detector.detect("Die Regierung sagte, dass der Reispreis nicht steigen wird, weil die Vorräte reichen."));
        assertEquals("pt", detector.detect("O governo disse que o preço do arroz não vai subir porque os estoques são suficientes."));
        assertEquals("it", detector.detect("Il governo ha detto che il prezzo del riso non salirà perché le scorte sono sufficienti."));
        assertEquals("nl", detector.detect("De regering zei dat de prijs van rijst niet zal stijgen omdat de voorraden volstaan."));
        assertEquals("und", detector.detect("12345 !!!"));
    }

    @Test
    void layoutMarksBoilerplateRepeatsAndHeadings() {
        String body = "First paragraph of the story, with a full sentence.\n"
                + "Photo caption (Jane Doe / AFP)\n"
                + "Photo caption (Jane Doe / AFP)\n"
                + "Baca Juga: Sesuatu yang lain\n"
                + "Related Headline Without Full Stop\n"
                + "Last paragraph.";
        Document d = Document.layout(new ArticleInput("x", "t", body, null, null), "en", Lexicon.shipped());
        List<Document.Kind> kinds = d.paragraphs.stream().map(Document.Paragraph::kind).toList();
        assertEquals(List.of(Document.Kind.TEXT, Document.Kind.TEXT, Document.Kind.BOILERPLATE, Document.Kind.BOILERPLATE,
                Document.Kind.HEADING, Document.Kind.TEXT), kinds);
    }

    @Test
    void namesCompareWithoutCaseDiacriticsOrHyphens() {
        assertEquals("kim jong un", Tokens.key("Kim Jong-un"));
        assertEquals("sao paulo", Tokens.key("São Paulo"));
        assertEquals(Tokens.key("Vénissieux"), Tokens.key("VENISSIEUX"));
    }

    @Test
    void gazetteerKnowsExonymsCountriesAndFacilities() {
        Gazetteer g = Gazetteer.shipped();
        assertTrue(g.size() > 100_000);
        assertTrue(g.lookup("Moskow").stream().anyMatch(p -> p.id().equals("geonames:524901")));
        assertTrue(g.lookup("Korea Utara").stream().anyMatch(p -> p.isCountry() && p.countryCode().equals("KP")));
        assertTrue(g.lookup("Den Haag").stream().anyMatch(p -> "NL".equals(p.countryCode())));
        assertTrue(g.lookup("Kosmodrom Vostochny").stream().anyMatch(p -> p.kind().equals("facility")));
    }
}
