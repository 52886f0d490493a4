package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;

/**
 * The recognizer is chosen through configuration: an OpenNLP name-finder model, trained here on a few made-up
 * sentences and saved to a file, is named by the configuration keys and then used by the engine.
 */
class RecognizerConfigurationTest {
    @TempDir
    static Path dir;
    static Path model;

    /** Made-up training sentences: people after "pilot"/"kopilot", a company after "milik" (owned by). */
    @BeforeAll
    static void trainModel() throws Exception {
        String[] people = {"Ardy Tedjo", "Wiryo Sumanto", "Raka Pranata", "Gilang Darmo", "Tono Hadisurjo"};
        String[] companies = {"Trigana Nusantara", "Sriwijaya Raya", "Dirgantara Jaya"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String p = people[i % people.length];
            String q = people[(i + 2) % people.length];
            String c = companies[i % companies.length];
            lines.add("Pesawat milik <START:organization> " + c + " <END> diterbangkan pilot <START:person> " + p
                    + " <END> dan kopilot <START:person> " + q + " <END> dengan selamat .");
        }
        byte[] data = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 50);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(
                new PlainTextByLineStream(() -> new ByteArrayInputStream(data), StandardCharsets.UTF_8))) {
            TokenNameFinderModel m = NameFinderME.train("id", null, samples, params, new TokenNameFinderFactory());
            model = dir.resolve("id-ner.bin");
            m.serialize(model);
        }
    }

    private static final String ARTICLE = "Pesawat milik Dirgantara Jaya diterbangkan pilot Ardy Tedjo dan kopilot "
            + "Raka Pranata dengan selamat ke Jakarta pada Senin.";

    private static Map<String, EntityType> entities(EngineConfig config) {
        Extraction x = ExtractionEngine.create(config).extract(new ArticleInput("t", "", ARTICLE, "id", null));
        return x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType, (a, b) -> a));
    }

    @Test
    void theDefaultIsTheRulesWithTheShippedModels() {
        assertEquals(EngineConfig.defaults(), EngineConfig.from(Map.of()));
        Map<String, EntityType> e = entities(EngineConfig.defaults());
        assertEquals(EntityType.LOCATION, e.get("Jakarta"));
    }

    @Test
    void anOpenNlpModelNamedInTheConfigurationFindsAndTypesTheNames() {
        EngineConfig config = EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "opennlp",
                EngineConfig.OPENNLP_MODELS, model.toString()));
        Map<String, EntityType> e = entities(config);
        assertEquals(EntityType.PERSON, e.get("Ardy Tedjo"));
        assertEquals(EntityType.PERSON, e.get("Raka Pranata"));
        assertEquals(EntityType.ORGANIZATION, e.get("Dirgantara Jaya"));
        assertFalse(e.containsKey("Jakarta"), "only the model's names: it was never taught places");
    }

    @Test
    void rulesPlusOpenNlpKeepsTheRulesAndLetsTheModelTypeWhatTheyCouldNot() {
        Map<String, EntityType> rules = entities(EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "rules")));
        assertTrue(rules.get("Ardy Tedjo") != EntityType.PERSON || rules.get("Dirgantara Jaya") != EntityType.ORGANIZATION,
                "the rules alone cannot type both made-up names, or this test shows nothing");
        Map<String, EntityType> both = entities(EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "rules+opennlp",
                EngineConfig.OPENNLP_MODELS, " " + model + " ")));
        assertEquals(EntityType.PERSON, both.get("Ardy Tedjo"));
        assertEquals(EntityType.ORGANIZATION, both.get("Dirgantara Jaya"));
        assertEquals(EntityType.LOCATION, both.get("Jakarta"), "the rules' places stay");
    }

    @Test
    void theShippedIndonesianModelReadsIndonesianArticlesOnly() {
        Gazetteer gazetteer = Gazetteer.shipped();
        OpenNlpNameFinder shipped = OpenNlpNameFinder.shipped(gazetteer);
        String text = "Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia di Jakarta pada Senin.";
        Document id = Document.layout(new ArticleInput("t", "", text, "id", null), "id", Lexicon.shipped());
        Document en = Document.layout(new ArticleInput("t", "", text, "en", null), "en", Lexicon.shipped());
        assertFalse(shipped.recognize(id).isEmpty(), "the Indonesian model finds names in an Indonesian article");
        assertTrue(shipped.recognize(en).isEmpty(), "and reads no other language");
    }

    @Test
    void badConfigurationIsAClearError() throws Exception {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "spacy")));
        assertTrue(unknown.getMessage().contains("rules+opennlp"), unknown.getMessage());
        IllegalArgumentException noModels = assertThrows(IllegalArgumentException.class,
                () -> EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "opennlp")));
        assertTrue(noModels.getMessage().contains(EngineConfig.OPENNLP_MODELS), noModels.getMessage());
        Path notAModel = Files.writeString(dir.resolve("not-a-model.bin"), "hello");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> ExtractionEngine.create(
                EngineConfig.from(Map.of(EngineConfig.RECOGNIZER, "opennlp", EngineConfig.OPENNLP_MODELS, notAModel.toString()))));
        assertTrue(broken.getMessage().contains("not-a-model.bin"), broken.getMessage());
    }
}
