package org.newsstream.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Places by every name we index them under (GeoNames cities-500, countries in many languages, curated
 * facilities and regions; see GAZETTEER-NOTICE.txt). Built by scripts/build-gazetteer.sh, which packs it with
 * {@link #main} so that loading is a read of arrays ({@link PackedPlaces}); loaded once.
 */
public final class Gazetteer {
    /** One place. {@code kind} is country, region, county, continent, facility or city; population 0 when unknown. */
    /** {@code admin1}: first-level region as "CC.CODE" ("US.KY"), or null. */
    public record Place(String id, String name, String countryCode, double latitude, double longitude,
                        String kind, String featureCode, long population, String admin1) {
        public boolean isCountry() {
            return kind.equals("country");
        }

        /** Areas rather than points: a mention of one is right anywhere inside it. */
        public boolean isArea() {
            return kind.equals("country") || kind.equals("region") || kind.equals("continent");
        }

        /**
         * An area or a large city: a place a lone word most likely means, before a surname or a word of the text
         * ("Evans" the town, "Warga" the village are not).
         */
        public boolean isNotable() {
            return isArea() || population >= RuleBasedEntityRecognizer.BARE_CITY_POPULATION;
        }
    }

    /** Packed by {@link #main} from the TSV that scripts/build-gazetteer.sh writes (GeoNames and others). */
    private static final String RESOURCE = "/org/newsstream/engine/gazetteer.bin.gz";
    /** States and provinces: a separate database under its own licence (ODbL-1.0), see GAZETTEER-NOTICE.txt. */
    private static final String REGIONS = "/org/newsstream/engine/regions.tsv.gz";
    private static Gazetteer shipped;

    private final List<PackedPlaces> parts;

    /** The gazetteer shipped with the engine, loaded once per JVM. */
    public static synchronized Gazetteer shipped() {
        if (shipped == null) {
            shipped = loadShipped();
        }
        return shipped;
    }

    /** A fresh copy of the shipped gazetteer; {@link #shipped()} shares one (benchmarks time this). */
    public static Gazetteer loadShipped() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
             InputStream regions = Gazetteer.class.getResourceAsStream(REGIONS)) {
            if (in == null || regions == null) {
                throw new IllegalStateException("missing " + RESOURCE + " or " + REGIONS + ": run scripts/build-gazetteer.sh");
            }
            PackedPlaces places = new PackedPlaces(new GZIPInputStream(in, 1 << 16).readAllBytes());
            PackedPlaces.Builder regionBuilder = new PackedPlaces.Builder();
            readTsv(new GZIPInputStream(regions, 1 << 16), regionBuilder);
            return new Gazetteer(List.of(places, new PackedPlaces(regionBuilder.build())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a gazetteer in the shipped TSV format (columns: id, name, cc, lat, lon, kind, fcode, population,
     * name keys normalised by {@link Tokens#key}, admin1), adding the JDK's country names in many languages.
     */
    public static Gazetteer load(InputStream tsv) throws IOException {
        return new Gazetteer(List.of(new PackedPlaces(compile(tsv))));
    }

    /** The packed form of a TSV gazetteer, country names from the JDK's CLDR data included. */
    static byte[] compile(InputStream tsv) throws IOException {
        PackedPlaces.Builder b = new PackedPlaces.Builder();
        readTsv(tsv, b);
        addCldrCountryNames(b);
        return b.build();
    }

    private static void readTsv(InputStream tsv, PackedPlaces.Builder b) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.startsWith("#") && !line.isBlank()) {
                b.addTsvLine(line);
            }
        }
    }

    /**
     * Packs a TSV gazetteer for shipping: {@code Gazetteer IN.tsv.gz OUT.bin.gz}. Run by scripts/build-gazetteer.sh,
     * so that loading at run time reads arrays instead of parsing 200,000 lines.
     */
    public static void main(String[] args) throws IOException {
        byte[] packed;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            packed = compile(in);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            out.write(packed);
        }
    }

    /** Languages whose country names (from the JDK's CLDR data) are indexed. */
    private static final List<String> CLDR_LANGUAGES = List.of("id", "ms", "en", "es", "fr", "de", "pt", "it", "nl",
            "sv", "da", "nb", "fi", "pl", "cs", "sk", "ro", "hu", "tr", "hr", "sl", "ca", "tl", "vi", "sw");

    /** The JDK ships CLDR country names ("Tiongkok", "Chine", "Volksrepublik China"): index them too. */
    private static void addCldrCountryNames(PackedPlaces.Builder b) {
        for (Map.Entry<String, Integer> e : b.countries().entrySet()) {
            Locale country = new Locale("", e.getKey());
            for (String lang : CLDR_LANGUAGES) {
                String name = country.getDisplayCountry(Locale.forLanguageTag(lang));
                if (!name.isEmpty() && !name.equals(e.getKey())) {
                    b.addKey(Tokens.key(name), e.getValue());
                }
            }
        }
    }

    private Gazetteer(List<PackedPlaces> parts) {
        this.parts = parts;
    }

    /** Every place known by this name (any language, diacritics and case ignored). */
    /**
     * Answers already given, by name as written: the recognizer asks about the same words from several rules, and news
     * names the same places all day. Bounded: past the limit, new names are looked up again.
     */
    private final java.util.Map<String, List<Place>> answered = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int ANSWERED_LIMIT = 100_000;

    public List<Place> lookup(String name) {
        List<Place> known = answered.get(name);
        if (known != null) {
            return known;
        }
        List<Place> found = List.copyOf(lookupKey(Tokens.key(name))); // shared from now on: read-only
        if (answered.size() < ANSWERED_LIMIT) {
            answered.put(name, found);
        }
        return found;
    }

    private List<Place> lookupKey(String key) {
        List<Place> out = List.of();
        for (PackedPlaces part : parts) {
            List<Place> found = part.lookup(key);
            if (out.isEmpty()) {
                out = found;
            } else if (!found.isEmpty()) {
                out = new ArrayList<>(out);
                out.addAll(found);
            }
        }
        return out;
    }

    public int size() {
        return parts.stream().mapToInt(PackedPlaces::size).sum();
    }

    /** Longest name, in words, worth trying as a phrase. */
    public int maxNameTokens() {
        return parts.stream().mapToInt(PackedPlaces::maxNameTokens).max().orElse(1);
    }
}
