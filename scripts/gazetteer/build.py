#!/usr/bin/env python3
"""Turns GeoNames cities-500, i18n-iso-countries and the curated list into the engine's compact gazetteer.

Output columns (tab-separated, gzip): id, name, countryCode, lat, lon, kind, featureCode, population, names, admin1
where names is a |-separated list of the lookup keys (see key()) of every Latin-script name of the place. Exonyms are kept only
for places large enough to be written about abroad, which keeps the file small and the load fast.
"""
import argparse, collections, gzip, json, os, re, unicodedata

EXONYM_MIN_POPULATION = 15000
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-]+$")


SEPARATORS = set(" \t\n\r-\u2010'\u2019.")


def key(name):
    """Same as the engine's Tokens.key: no diacritics, lower case, separators as single spaces."""
    out, space = [], True
    for c in unicodedata.normalize("NFKD", name):
        if unicodedata.category(c) in ("Mn", "Mc"):
            continue
        if c in SEPARATORS or c.isspace():
            if not space:
                out.append(" ")
                space = True
        else:
            out.append(c.lower())
            space = False
    return "".join(out).rstrip(" ")


def latin(name):
    return bool(LATIN.match(name)) and len(name) >= 3 and not (name.isupper() and len(name) <= 4)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", required=True)
    ap.add_argument("--country-langs", required=True)
    ap.add_argument("--curated", required=True)
    ap.add_argument("--aliases", required=True)
    ap.add_argument("--regions", required=True, help="@countrystatecity/countries dist/data folder")
    ap.add_argument("--us-abbreviations", required=True)
    ap.add_argument("--us-postal-codes", required=True, help="GeoNames US postal codes (US.txt), for county centres")
    ap.add_argument("--geonames-translations", required=True,
                    help="usr/share/locale of the Debian package libgeonames-common (GeoNames names by language)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--regions-out", required=True)
    a = ap.parse_args()

    translated = translations(a.geonames_translations)
    rows = []
    weight = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    with open(a.cities, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_, alts, lat, lon, fclass, fcode, cc = c[0], c[1], c[2], c[3], float(c[4]), float(c[5]), c[6], c[7], c[8]
            pop = int(c[14] or 0)
            admin1 = f"{cc}.{c[10]}" if c[10] else ""
            names = [name, ascii_] + list(translated.get(gid, {}).values())
            if pop >= EXONYM_MIN_POPULATION or fcode in ("PPLC", "PPLA"):
                names += [n for n in alts.split(",") if latin(n)]
            names = list(dict.fromkeys(n for n in names if n))
            rows.append((f"geonames:{gid}", ascii_ or name, cc, lat, lon, "city", fcode, pop, names, admin1))
            w = weight[cc]
            w[0] += lat * pop; w[1] += lon * pop; w[2] += pop

    # Country names in every Latin-script language the package has; coordinates are the population-weighted
    # centre of the country's towns (the scorer, like readers, judges a country by its code).
    country_names = collections.defaultdict(list)
    for fn in sorted(os.listdir(a.country_langs)):
        d = json.load(open(os.path.join(a.country_langs, fn), encoding="utf-8"))
        for cc, v in d["countries"].items():
            for n in (v if isinstance(v, list) else [v]):
                if latin(n):
                    country_names[cc].append(n)
    en = json.load(open(os.path.join(a.country_langs, "en.json"), encoding="utf-8"))["countries"]
    with open(a.aliases, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cc, names = line.rstrip("\n").split("\t")
            country_names[cc].extend(names.split("|"))
    for cc, names in country_names.items():
        w = weight.get(cc)
        if not w or w[2] == 0:
            continue
        primary = en[cc][0] if isinstance(en[cc], list) else en[cc]
        rows.append((f"iso3166:{cc}", primary, cc, w[0] / w[2], w[1] / w[2], "country", "PCLI", int(w[2]),
                     list(dict.fromkeys([primary] + names)), ""))

    with open(a.curated, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            gid, name, cc, lat, lon, kind, alts = (line.rstrip("\n").split("\t") + [""])[:7]
            names = list(dict.fromkeys([name] + [n for n in alts.split("|") if n]))
            rows.append((gid, name, "" if cc == "-" else cc, float(lat), float(lon), kind, kind.upper(), 0, names, ""))

    rows += counties(a.us_postal_codes)

    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with gzip.open(a.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# newsstream gazetteer. Data: GeoNames (CC-BY 4.0), i18n-iso-countries (MIT), newsstream curated list.\n")
        for r in rows:
            gid, name, cc, lat, lon, kind, fcode, pop, names, admin1 = r
            out.write(f"{gid}\t{name}\t{cc}\t{lat:.4f}\t{lon:.4f}\t{kind}\t{fcode}\t{pop}\t{'|'.join(dict.fromkeys(k for k in (key(n) for n in names) if k and '|' not in k))}\t{admin1}\n")
    print(f"wrote {len(rows)} places to {a.out} ({os.path.getsize(a.out)} bytes)")
    regions(a, translated)


# The languages newsstream reads, with their regional variants, as libgeonames-common names its catalogues,
TRANSLATION_LANGUAGES = ("en", "de", "de_AT", "es", "fr", "fr_CH", "it", "nl", "nl_BE", "pt", "pt_BR", "id", "ms",
                         "fy", "ca", "eu", "gl")  # and the co-official languages whose names Dutch and Spanish news use


def translations(locale_dir):
    """GeoNames' names of cities (by geonameid) and first-level regions (by admin1 code, "FR.28") in the languages
    we read ("Monaco di Baviera", "Normandía", "Steiermark"), from the gettext catalogues of libgeonames-common."""
    import gettext
    out = collections.defaultdict(dict)
    for lang in TRANSLATION_LANGUAGES:
        path = os.path.join(locale_dir, lang, "LC_MESSAGES", "geonames.mo")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            for k, v in gettext.GNUTranslations(f)._catalog.items():
                if k and isinstance(k, str) and latin(v):
                    out[k][lang] = v
    return out


# What a state calls its second-level divisions (GeoNames admin2), as news names them: "Madison County".
ADMIN2_WORD = {"LA": "Parish", "AK": "Borough"}


def counties(path):
    """US counties at the centre of their ZIP codes (GeoNames postal codes, CC-BY 4.0): GeoNames' city file has
    no admin2 areas, and local news names its county more than any other place. Known only by "X County" (or
    Parish, Borough), never by the bare name, which belongs to towns."""
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0])
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            state, county, code = c[4], c[5], c[6]
            if not state or not county or not code or not c[9] or not c[10]:
                continue
            s = sums[(state, code, county)]
            s[0] += float(c[9])
            s[1] += float(c[10])
            s[2] += 1
    rows = []
    for (state, code, county), (lat, lon, n) in sorted(sums.items()):
        word = ADMIN2_WORD.get(state, "County")
        name = county if county.endswith((" County", " Parish", " Borough", " City")) else f"{county} {word}"
        rows.append((f"admin2:US.{state}.{code}", name, "US", lat / n, lon / n, "county", "ADM2", 0, [name], f"US.{state}"))
    return rows


def same_start(a, b):
    """Some word of a begins with the same two letters as some word of b (accents and case aside)."""
    starts = lambda s: {w[:2] for w in key(s).replace("-", " ").split() if len(w) >= 2}
    return bool(starts(a) & starts(b))


def regions(a, translated):
    """First-level regions (states, provinces) with coordinates and translated names, from the
    countries-states-cities database (ODbL-1.0): kept in their own file, under their own licence."""
    abbreviations = {}
    with open(a.us_abbreviations, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                code, names = line.rstrip("\n").split("\t")
                abbreviations[code] = names.split("|")
    admin1_names = {}
    for code, names in translated.items():
        if re.fullmatch(r"[A-Z]{2}\.\w+", code):
            for n in names.values():
                admin1_names.setdefault((code[:2], key(n)), list(names.values()))
    rows = []
    for folder in sorted(os.listdir(a.regions)):
        path = os.path.join(a.regions, folder, "states.json")
        if not os.path.exists(path):
            continue
        for st in json.load(open(path, encoding="utf-8")):
            if st.get("latitude") is None or st.get("longitude") is None:
                continue
            cc = st["country_code"]
            names = [" ".join(st["name"].split())] + [v for v in (st.get("translations") or {}).values() if isinstance(v, str) and latin(v)]
            # The region's own name in its own language ("Andalucía", "Toscana", "Comunidad valenciana"), which local
            # news writes: kept when it is Latin script, not shouted, and begins one of its words as the English name
            # does, which drops the package's few mistranslations ("Usando" for the Aosta Valley).
            native = " ".join((st.get("native") or "").replace(" -", "-").split())
            if native and latin(native) and not native.isupper() and len(native) >= 4 and same_start(native, st["name"]):
                names.append(native)
            if cc in ("US", "CA", "AU") and st.get("iso2") and len(st["iso2"]) >= 2 and not st["iso2"].isdigit():
                names.append(st["iso2"])  # "Ky", "B.C." as written in North American and Australian news
                if cc == "CA":
                    names.append(".".join(st["iso2"]) + ".")
            if cc == "US":
                names += abbreviations.get(st.get("iso2"), [])
            # GeoNames' names of the region in our languages, found by any name it shares with it in the same country.
            for n in list(names):
                if (cc, key(n)) in admin1_names:
                    names += admin1_names[(cc, key(n))]
                    break
            keys = list(dict.fromkeys(k for k in (key(n) for n in names) if k and "|" not in k))
            admin1 = f"{cc}.{st['iso2']}" if st.get("iso2") else ""
            rows.append((f"csc:{st['id']}", " ".join(st["name"].split()), cc, float(st["latitude"]), float(st["longitude"]), keys, admin1))
    with gzip.open(a.regions_out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# newsstream regions. Data: countries-states-cities database (dr5hn), ODbL-1.0, via npm @countrystatecity/countries.\n")
        for gid, name, cc, lat, lon, keys, admin1 in rows:
            out.write(f"{gid}\t{name}\t{cc}\t{lat:.4f}\t{lon:.4f}\tregion\tADM1\t0\t{'|'.join(keys)}\t{admin1}\n")
    print(f"wrote {len(rows)} regions to {a.regions_out} ({os.path.getsize(a.regions_out)} bytes)")


if __name__ == "__main__":
    main()
