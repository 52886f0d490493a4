package org.newsstream.ingest.parse;

import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as news pages print them, in their own language and time zone: "13 Sep 2023, 12:10 WIB",
 * "Sept. 13, 2023 12:10 p.m. EDT", "13/09/2023 12:10", ISO-8601. Month names come from the JDK's CLDR data for
 * the languages we cover; zone abbreviations from the table below (WIB is UTC+7, so 12:10 WIB is 05:10 UTC).
 */
public final class PageTimes {
    private PageTimes() {}

    private static final List<String> LANGUAGES = List.of("id", "ms", "en", "es", "fr", "de", "pt", "it", "nl");
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Weekday names and the words a dateline prints around a date ("Published", "às", "pukul", "Uhr"). */
    private static final java.util.Set<String> DATE_WORDS = new java.util.HashSet<>(List.of("published", "updated", "posted", "publicado",
            "publicada", "actualizado", "atualizado", "publié", "mis", "jour", "le", "à", "veröffentlicht", "aktualisiert", "am", "um", "uhr",
            "pubblicato", "aggiornato", "alle", "ore", "gepubliceerd", "bijgewerkt", "om", "diterbitkan", "diperbarui", "pukul", "wib",
            "wita", "wit", "diterbitkan", "dikemaskini", "on", "at", "de", "às", "del", "a", "las", "los", "of", "am", "pm", "a.m", "p.m", "h"));
    /** Offsets of the abbreviations news sites print, in minutes east of UTC. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("WIB", 7 * 60), Map.entry("WITA", 8 * 60), Map.entry("WIT", 9 * 60),
            Map.entry("MYT", 8 * 60), Map.entry("SGT", 8 * 60), Map.entry("PHT", 8 * 60), Map.entry("ICT", 7 * 60),
            Map.entry("JST", 9 * 60), Map.entry("KST", 9 * 60), Map.entry("CST", -6 * 60), Map.entry("CDT", -5 * 60),
            Map.entry("IST", 5 * 60 + 30), Map.entry("PKT", 5 * 60), Map.entry("GST", 4 * 60), Map.entry("MSK", 3 * 60),
            Map.entry("EET", 2 * 60), Map.entry("EEST", 3 * 60), Map.entry("CET", 60), Map.entry("CEST", 2 * 60),
            Map.entry("MEZ", 60), Map.entry("MESZ", 2 * 60), Map.entry("WET", 0), Map.entry("WEST", 60),
            Map.entry("GMT", 0), Map.entry("UTC", 0), Map.entry("BST", 60),
            Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
            Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60), Map.entry("AKST", -9 * 60), Map.entry("HST", -10 * 60),
            Map.entry("BRT", -3 * 60), Map.entry("ART", -3 * 60), Map.entry("AEST", 10 * 60), Map.entry("AEDT", 11 * 60));

    static {
        List.copyOf(DATE_WORDS).forEach(w -> DATE_WORDS.add(norm(w)));
        for (String lang : LANGUAGES) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(Locale.forLanguageTag(lang));
            String[] longNames = s.getMonths();
            String[] shortNames = s.getShortMonths();
            for (int m = 0; m < 12; m++) {
                MONTHS.putIfAbsent(norm(longNames[m]), m + 1);
                MONTHS.putIfAbsent(norm(shortNames[m]), m + 1);
            }
            for (String day : s.getWeekdays()) {
                if (!day.isEmpty()) {
                    DATE_WORDS.add(norm(day));
                }
            }
            for (String day : s.getShortWeekdays()) {
                if (!day.isEmpty()) {
                    DATE_WORDS.add(norm(day));
                }
            }
        }
        MONTHS.putIfAbsent("sept", 9); // "Sept." in English news style
        MONTHS.putIfAbsent("agu", 8);
        MONTHS.putIfAbsent("okt", 10);
        MONTHS.putIfAbsent("des", 12);
        MONTHS.putIfAbsent("mei", 5);
    }

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final String TIME = "(?:[,\\s|@–-]+(?:pukul\\s+|at\\s+|um\\s+|à\\s+|às\\s+|a\\s+las\\s+|alle\\s+|ore\\s+|om\\s+)?(\\d{1,2})[:.h](\\d{2})(?:\\s*([ap])\\.?m\\.?)?(?:\\s*(?:Uhr|h))?)?";
    private static final String ZONE = "(?:\\s*(?:(?:GMT|UTC)?([+-]\\d{1,2}(?::?\\d{2})?)|\\(?([A-Z]{2,5})\\)?))?";
    /** "13 Sep 2023", "5. März 2024", "22 de octubre de 2010", "3 de junho de 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+|del\\s+)?(\\d{4})" + TIME + ZONE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME + ZONE);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})" + TIME + ZONE);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    /** The first time in the text, or null. A time without a zone is taken as UTC. */
    public static Instant find(String text) {
        return find(text, ZoneOffset.UTC);
    }

    /** The first time in the text, or null; a time printed without a zone is in {@code siteZone} (the site's own). */
    public static Instant find(String text, java.time.ZoneId siteZone) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return parseIso(iso.group(), siteZone);
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            Integer month = MONTHS.get(norm(m.group(2)));
            if (month != null) {
                return at(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m, 4, siteZone);
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            Integer month = MONTHS.get(norm(m.group(1)));
            if (month != null) {
                return at(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m, 4, siteZone);
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            // Day first: the order almost every news site outside the United States prints.
            return at(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m, 4, siteZone);
        }
        return null;
    }

    /**
     * A line that only dates the page ("Published Monday, November 18, 2019 8:22AM EST", "sexta-feira, 22 de outubro
     * de 2010 às 20:13", "23 Nov 2017"): a few words, a date or a clock time, and nothing but date words besides.
     */
    public static boolean isDateLine(String line) {
        if (line.length() > 200 || line.chars().noneMatch(Character::isDigit)) {
            return false; // every date line has a year or a clock time: most blocks are answered here, unparsed
        }
        String[] words = norm(line).split("[^\\p{L}\\p{N}-]+");
        if (words.length > 14 || find(line) == null && !line.matches("(?s).*\\b\\d{1,2}[:.]\\d{2}\\b.*")) {
            return false;
        }
        int other = 0;
        for (String w : words) {
            boolean dateWord = w.isEmpty() || Character.isDigit(w.charAt(0)) || MONTHS.containsKey(w) || DATE_WORDS.contains(w)
                    || ZONES.containsKey(w.toUpperCase(Locale.ROOT)) || w.matches("(?i)\\d+(am|pm|h)") || w.endsWith("-feira") || w.equals("-");
            if (!dateWord) {
                other++;
            }
        }
        return other == 0 && words.length <= 14;
    }

    /** A month or weekday name in one of our languages, or a word datelines print around a date ("Updated", "pukul"). */
    public static boolean isCalendarWord(String word) {
        String w = norm(word);
        return MONTHS.containsKey(w) || DATE_WORDS.contains(w);
    }

    public static Instant parseIso(String s) {
        return parseIso(s, ZoneOffset.UTC);
    }

    /** ISO-8601; a time without an offset ({@code <time datetime="2024-03-05T10:30">}) is in {@code siteZone}. */
    public static Instant parseIso(String s, java.time.ZoneId siteZone) {
        try {
            return OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(siteZone).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDate.parse(s.substring(0, Math.min(10, s.length()))).atStartOfDay(siteZone).toInstant();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static Instant at(int year, int month, int day, Matcher m, int g, java.time.ZoneId siteZone) {
        try {
            int hour = m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
            int minute = m.group(g + 1) == null ? 0 : Integer.parseInt(m.group(g + 1));
            if (m.group(g + 2) != null) {
                hour = hour % 12 + (m.group(g + 2).equals("p") ? 12 : 0);
            }
            Integer offsetMinutes = null;
            if (m.group(g + 4) != null && ZONES.containsKey(m.group(g + 4))) {
                offsetMinutes = ZONES.get(m.group(g + 4));
            } else if (m.group(g + 3) != null) {
                String o = m.group(g + 3).replace(":", "");
                int sign = o.startsWith("-") ? -1 : 1;
                String digits = o.substring(1);
                int h = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
                int mm = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
                offsetMinutes = sign * (h * 60 + mm);
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute);
            return offsetMinutes == null ? local.atZone(siteZone).toInstant() : local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        } catch (RuntimeException e) {
            return null; // "31/02/2023": not a date
        }
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replace(".", "");
    }
}
