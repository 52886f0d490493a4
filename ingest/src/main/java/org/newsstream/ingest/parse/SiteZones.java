package org.newsstream.ingest.parse;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a news site prints its times in when the page names none ("12:10" on a .co.id site is WIB): from
 * the country of the site's domain, else from the page's language where one zone holds most of its press, else UTC.
 */
public final class SiteZones {
    private SiteZones() {}

    private static final Map<String, String> BY_DOMAIN = Map.ofEntries(
            Map.entry("id", "Asia/Jakarta"), Map.entry("my", "Asia/Kuala_Lumpur"), Map.entry("sg", "Asia/Singapore"),
            Map.entry("de", "Europe/Berlin"), Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"),
            Map.entry("fr", "Europe/Paris"), Map.entry("be", "Europe/Brussels"), Map.entry("lu", "Europe/Luxembourg"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("es", "Europe/Madrid"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("br", "America/Sao_Paulo"), Map.entry("it", "Europe/Rome"), Map.entry("uk", "Europe/London"),
            Map.entry("ie", "Europe/Dublin"), Map.entry("au", "Australia/Sydney"), Map.entry("nz", "Pacific/Auckland"),
            Map.entry("ca", "America/Toronto"), Map.entry("mx", "America/Mexico_City"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("cl", "America/Santiago"), Map.entry("pe", "America/Lima"), Map.entry("ve", "America/Caracas"),
            Map.entry("in", "Asia/Kolkata"), Map.entry("pk", "Asia/Karachi"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ru", "Europe/Moscow"), Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"),
            Map.entry("ph", "Asia/Manila"), Map.entry("th", "Asia/Bangkok"), Map.entry("sr", "America/Paramaribo"));
    /** Languages whose press sits mostly in one zone. English and Portuguese do not (nor Spanish, but Spain prints most). */
    private static final Map<String, String> BY_LANGUAGE = Map.of(
            "id", "Asia/Jakarta", "ms", "Asia/Kuala_Lumpur", "de", "Europe/Berlin", "fr", "Europe/Paris", "it", "Europe/Rome",
            "nl", "Europe/Amsterdam", "es", "Europe/Madrid");

    /** @param url the page's address (may be null), @param language its ISO 639-1 code (may be null) */
    public static ZoneId of(String url, String language) {
        String host = host(url);
        if (host != null) {
            String tld = host.substring(host.lastIndexOf('.') + 1);
            String zone = BY_DOMAIN.get(tld);
            if (zone != null) {
                return ZoneId.of(zone);
            }
        }
        String zone = language == null ? null : BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
