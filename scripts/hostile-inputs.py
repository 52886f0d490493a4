#!/usr/bin/env python3
"""Writes the hostile article set that docs/reliability.md measures (usage: hostile-inputs.py DIR [CHARS]).

Each file is one article of about CHARS characters (default 99,000, just under engine.max.article.chars) built to
make a stage slow: runs of quotation marks and capitalised words, deep brackets, one enormous line with no full
stop, nothing but quotation marks, nothing but capitalised words; plus one over the limit, which is refused."""
import os, random, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 99_000
os.makedirs(out, exist_ok=True)
rnd = random.Random(1)


def words(pool, size):
    parts, total = [], 0
    while total < size:
        w = rnd.choice(pool)
        parts.append(w)
        total += len(w) + 1
    return " ".join(parts)


files = {
    "quotes-and-capitals.txt": words(['Ab', 'Cd', 'Ef', 'Gh', '"', '“', '”', '„', '«', '»', 'Jakarta', 'Budi', 'Kata', 'said'], n - 200),
    "deep-brackets.txt": "(" * (n // 2 - 10) + "x" + ")" * (n // 2 - 10),
    "one-line-no-stop.txt": ('Kata Budi Santoso "Saya" Jakarta, ' * (n // 36)).strip(),
    "only-quotation-marks.txt": '"' * (n - 20),
    "only-capitals.txt": words(['Alpha', 'Beta', 'Gamma', 'Jakarta', 'Berlin', 'Budi', 'Maria'], n - 20),
    "over-the-limit.txt": words(['Ab', 'Cd', '"', 'Jakarta', 'said'], 2 * n),
}
for name, body in files.items():
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("Hostile " + name + "\n\n" + body + "\n")
print(out)
