"""Prints the function words of stopwords-iso (MIT) for the engine's languages: "LANG word word ...", one line each.

Words of one or two letters are left out: in that list they are mostly country codes ("au", "de"), which as
capitalised words are acronyms, not function words.
Usage: python3 function-words.py stopwords-iso.json id ms en ...
"""
import json
import sys

data = json.load(open(sys.argv[1], encoding="utf-8"))
for lang in sys.argv[2:]:
    words = sorted({w.lower() for w in data.get(lang, []) if len(w) >= 3 and " " not in w and not w[0].isdigit()})
    print(lang, " ".join(words))
