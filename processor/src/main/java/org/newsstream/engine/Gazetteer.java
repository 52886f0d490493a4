package org.newsstream.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Places by every name we index them under (GeoNames cities-500, countries in many languages, curated
 * facilities and regions; see GAZETTEER-NOTICE.txt). Built by scripts/build-gazetteer.sh; loaded once.
 */
public final class Gazetteer {
    /** One place. {@code kind} is country, region, continent, facility or city; population 0 when unknown. */
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
    }

    private static final String RESOURCE = "/org/newsstream/engine/gazetteer.tsv.gz";
    /** States and provinces: a separate database under its own licence (ODbL-1.0), see GAZETTEER-NOTICE.txt. */
    private static final String REGIONS = "/org/newsstream/engine/regions.tsv.gz";
    private static Gazetteer shipped;

    private final Map<String, Object> byKey; // key -> Place or List<Place> (most places have one name holder)
    private final int size;
    private final int maxNameTokens;

    /** The gazetteer shipped with the engine, loaded once per JVM. */
    public static synchronized Gazetteer shipped() {
        if (shipped == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
                 InputStream regions = Gazetteer.class.getResourceAsStream(REGIONS)) {
                if (in == null || regions == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " or " + REGIONS + ": run scripts/build-gazetteer.sh");
                }
                shipped = load(new java.io.SequenceInputStream(new GZIPInputStream(in, 1 << 16), new GZIPInputStream(regions, 1 << 16)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    /** Loads a gazetteer in the shipped TSV format (columns: id, name, cc, lat, lon, kind, fcode, population, name keys, admin1). */
    public static Gazetteer load(InputStream tsv) throws IOException {
        Map<String, Object> byKey = new HashMap<>(1 << 20);
        Map<String, Place> countries = new HashMap<>();
        int n = 0;
        int maxTokens = 1;
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Place p = new Place(c[0], c[1], c[2].isEmpty() ? null : c[2], Double.parseDouble(c[3]),
                    Double.parseDouble(c[4]), c[5], c[6], Long.parseLong(c[7]), c.length > 9 && !c[9].isEmpty() ? c[9] : null);
            n++;
            if (p.isCountry()) {
                countries.put(p.countryCode(), p);
            }
            // The build script stores lookup keys already normalised (Tokens.key), so loading does no Unicode work.
            String keys = c[8];
            int from = 0;
            while (from < keys.length()) {
                int bar = keys.indexOf('|', from);
                int to = bar < 0 ? keys.length() : bar;
                if (to > from) {
                    String key = keys.substring(from, to);
                    int words = 1;
                    for (int k = 0; k < key.length(); k++) {
                        if (key.charAt(k) == ' ') words++;
                    }
                    maxTokens = Math.max(maxTokens, words);
                    add(byKey, key, p);
                }
                from = to + 1;
            }
        }
        addCldrCountryNames(byKey, countries);
        return new Gazetteer(byKey, n, Math.min(maxTokens, 6));
    }

    /** Languages whose country names (from the JDK's CLDR data) are added at load time. */
    private static final List<String> CLDR_LANGUAGES = List.of("id", "ms", "en", "es", "fr", "de", "pt", "it", "nl",
            "sv", "da", "nb", "fi", "pl", "cs", "sk", "ro", "hu", "tr", "hr", "sl", "ca", "tl", "vi", "sw");

    /** The JDK ships CLDR country names ("Tiongkok", "Chine", "Volksrepublik China"): index them too. */
    private static void addCldrCountryNames(Map<String, Object> byKey, Map<String, Place> countries) {
        for (Map.Entry<String, Place> e : countries.entrySet()) {
            java.util.Locale country = new java.util.Locale("", e.getKey());
            for (String lang : CLDR_LANGUAGES) {
                String name = country.getDisplayCountry(java.util.Locale.forLanguageTag(lang));
                if (!name.isEmpty() && !name.equals(e.getKey())) {
                    add(byKey, Tokens.key(name), e.getValue());
                }
            }
        }
    }


    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> byKey, String key, Place p) {
        Object old = byKey.get(key);
        if (old == null) {
            byKey.put(key, p);
        } else if (old instanceof Place q) {
            if (q != p) {
                List<Place> l = new ArrayList<>(2);
                l.add(q);
                l.add(p);
                byKey.put(key, l);
            }
        } else {
            List<Place> l = (List<Place>) old;
            // identity, not equals(): records compare every field, and common names have hundreds of places
            boolean present = false;
            for (int i = l.size() - 1; i >= 0 && !present; i--) {
                present = l.get(i) == p;
            }
            if (!present) {
                l.add(p);
            }
        }
    }

    private Gazetteer(Map<String, Object> byKey, int size, int maxNameTokens) {
        this.byKey = byKey;
        this.size = size;
        this.maxNameTokens = maxNameTokens;
    }

    /** Every place known by this name (any language, diacritics and case ignored). */
    @SuppressWarnings("unchecked")
    public List<Place> lookup(String name) {
        Object v = byKey.get(Tokens.key(name));
        if (v == null) {
            return List.of();
        }
        return v instanceof Place p ? List.of(p) : (List<Place>) v;
    }

    public int size() {
        return size;
    }

    /** Longest name, in words, worth trying as a phrase. */
    public int maxNameTokens() {
        return maxNameTokens;
    }
}
