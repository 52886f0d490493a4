package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed gazetteer answers as the TSV it was built from says, plus the JDK's country names. */
class GazetteerTest {
    private static final String TSV = String.join("\n",
            "# a comment line",
            "geonames:1\tSpringfield\tUS\t39.8017\t-89.6437\tcity\tPPLA\t114394\tspringfield\tUS.IL",
            "geonames:2\tSpringfield\tUS\t37.2153\t-93.2982\tcity\tPPL\t169176\tspringfield\tUS.MO",
            "geonames:3\tMoscow\tRU\t55.7522\t37.6156\tcity\tPPLC\t10381222\tmoscow|moskow|moskau\tRU.48",
            "iso3166:ID\tIndonesia\tID\t-2.0\t118.0\tcountry\tPCLI\t270000000\tindonesia\t",
            "");

    private static Gazetteer gazetteer() throws Exception {
        return Gazetteer.load(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyNameKeyFindsItsPlacesInFileOrder() throws Exception {
        Gazetteer g = gazetteer();
        assertEquals(4, g.size());
        List<Gazetteer.Place> springfields = g.lookup("SPRINGFIELD");
        assertEquals(List.of("geonames:1", "geonames:2"), springfields.stream().map(Gazetteer.Place::id).toList());
        assertEquals("US.MO", springfields.get(1).admin1());
        assertEquals(169176, springfields.get(1).population());
        Gazetteer.Place moscow = g.lookup("Moskow").get(0);
        assertEquals("Moscow", moscow.name());
        assertEquals(55.7522, moscow.latitude(), 1e-9);
        assertEquals(moscow, g.lookup("moskau").get(0));
        assertTrue(g.lookup("Atlantis").isEmpty());
    }

    @Test
    void countriesAreKnownByTheirNamesInManyLanguages() throws Exception {
        Gazetteer g = gazetteer();
        Gazetteer.Place id = g.lookup("Indonesia").get(0);
        assertTrue(id.isCountry());
        assertEquals(id, g.lookup("Indonésie").get(0), "French, from the JDK's CLDR data");
        assertEquals(id, g.lookup("Indonesien").get(0), "German");
        assertEquals(null, id.admin1());
    }

    @Test
    void theShippedGazetteerHasCitiesRegionsAndExonyms() {
        Gazetteer g = Gazetteer.shipped();
        assertTrue(g.size() > 200_000, "cities-500 and regions: " + g.size());
        assertTrue(g.lookup("Moskow").stream().anyMatch(p -> p.countryCode().equals("RU") && p.population() > 10_000_000));
        assertTrue(g.lookup("Jawa Barat").stream().anyMatch(p -> p.kind().equals("region") && "ID".equals(p.countryCode())));
        assertTrue(g.lookup("Tiongkok").stream().anyMatch(Gazetteer.Place::isCountry));
        assertTrue(g.maxNameTokens() >= 3);
    }

    @Test
    void regionsAndCitiesHaveTheirNamesInOurLanguagesAndIslandsAreAreas() {
        Gazetteer g = Gazetteer.shipped();
        assertTrue(g.lookup("Steiermark").stream().anyMatch(p -> p.kind().equals("region") && "AT".equals(p.countryCode())), "German");
        assertTrue(g.lookup("Normandía").stream().anyMatch(p -> p.kind().equals("region") && "FR".equals(p.countryCode())), "Spanish");
        assertTrue(g.lookup("Monaco di Baviera").stream().anyMatch(p -> "DE".equals(p.countryCode())), "Italian");
        assertTrue(g.lookup("Mallorca").stream().anyMatch(p -> p.isArea() && "ES".equals(p.countryCode())));
        assertTrue(g.lookup("Pulau Madura").stream().anyMatch(p -> p.isArea() && "ID".equals(p.countryCode())));
    }
}
