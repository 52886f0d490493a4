#!/usr/bin/env bash
# Measures ingest's language detection (Lingua, as configured in LanguageIdentifier) on the evaluation corpora
# beside the checkout, on whole articles and on their first 80 characters, and writes docs/language-detection.md.
# Usage: scripts/language-accuracy.sh [EVAL_DIR]   (default ../shared/eval)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-$root/../shared/eval}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A expected=([seed]=id [dev]=all [nergrit-id]=id [pfsa-id]=id [polnear]=en [trnews]=en [lgl]=en [geowebnews]=en [geovirus]=en)
rows=""
for corpus in seed dev nergrit-id pfsa-id polnear trnews lgl geowebnews geovirus; do
  dir=$eval_dir/public/$corpus/articles
  [ "$corpus" = seed ] && dir=$eval_dir/seed/articles
  [ "$corpus" = dev ] && dir=$eval_dir/dev/articles
  [ -d "$dir" ] || continue
  mkdir -p "$work/$corpus/short"
  for f in "$dir"/*.txt; do
    # The first 80 characters of the article's text, on one line: a headline-sized sample.
    tr '\n' ' ' < "$f" | cut -c1-80 > "$work/$corpus/short/$(basename "$f")"
  done
  for size in whole short; do
    src=$dir; [ $size = short ] && src=$work/$corpus/short
    "$root/newsstream" extract "$src"/*.txt 2>/dev/null > "$work/$corpus-$size.jsonl" || true
    # The dev set holds all nine languages: each article's own is in its gold record.
    acc=$(python3 -c "
import json,os
gold = os.path.join(os.path.dirname('$dir'), 'gold.jsonl')
lang = {}
if '${expected[$corpus]}' == 'all':
    lang = {json.loads(l)['file']: json.loads(l)['language'] for l in open(gold)}
n=ok=0
for l in open('$work/$corpus-$size.jsonl'):
    d=json.loads(l); n+=1
    ok += d['article']['language'] == lang.get(os.path.basename(d['source']), '${expected[$corpus]}')
print(f'{ok}/{n} = {ok/max(n,1):.3f}')")
    rows+="| $corpus | ${expected[$corpus]} | $size | $acc |"$'\n'
  done
done
cat > "$root/docs/language-detection.md" <<DOC
# Language detection

Ingest detects an article's language in two steps (\`LanguageIdentifier\`). On texts of 200 characters or more, the
function words of our nine languages (\`StopwordLanguageDetector.shortlist\`, over the first 400 characters) shortlist
the languages the text may be in; one left is the answer. Otherwise Lingua (\`com.github.pemistahl:lingua\` 1.2.2,
Apache-2.0) chooses with its fast trigram models (on the first 200 characters, or 400 when Indonesian or Malay is a candidate)
among the shortlist and the languages taken for it (Catalan for
Spanish and French; Indonesian and Malay always both), or among all 14 languages of \`LanguageIdentifier\` when
function words say nothing (another language, a list of names); shorter or undecided texts go to its full models,
which tell Indonesian from Malay. The function words take about half the articles off Lingua, which was most of
ingest's CPU (\`docs/ingest-benchmark.md\`). \`dev\` is the nine-language dev set (each article's language from its gold).

Measured $(date -u +%Y-%m-%d) with \`scripts/language-accuracy.sh\` on the evaluation corpora (whole articles, and
their first 80 characters as a headline-sized sample), on $(nproc) cores of $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs).

| corpus | language | text | accuracy |
| --- | --- | --- | --- |
$rows
Size: the Lingua jar is about 80 MB (it carries the models of all 75 languages); only the models of the
configured languages are loaded, on first use. Malay is not in these corpora; \`PageMetadataTest\` checks
Indonesian against Malay on sentences that differ only in the two languages' spellings.
DOC
cat "$root/docs/language-detection.md"
