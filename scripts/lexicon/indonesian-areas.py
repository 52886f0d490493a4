"""Prints the names of Indonesia's provinces, regencies and cities, districts and villages from idn-area-data
(data under ODbL-1.0), one per line, lower case; "Kabupaten Sragen" and "Kota Medan" also as "sragen", "medan".
Usage: python3 indonesian-areas.py DATA_DIR
"""
import csv
import re
import sys

names = set()
for table in ("provinces", "regencies", "districts", "villages"):
    with open(f"{sys.argv[1]}/{table}.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = " ".join(row["name"].lower().split())
            names.add(name)
            names.add(re.sub(r"^(kabupaten|kota|kab\.)\s+", "", name))
for name in sorted(names):
    print(name)
