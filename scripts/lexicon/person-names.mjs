// Writes the given names and surnames the recognizer uses, one per line, lower case, to OUT/given-names.txt and
// OUT/surnames.txt, from packages installed under NODE_MODULES:
//   @faker-js/faker (MIT): first and last names of every Latin-script locale;
//   @zxcvbn-ts/language-* (MIT): first and last names for en, es, fr, pt, de, it, nl and Indonesian names.
// A word that is also among the 10,000 commonest words of a zxcvbn-ts language (its commonWords list, derived
// from OpenSubtitles via OPUS, ODC-BY) is dropped from the zxcvbn-ts names and from every surname list: "Park",
// "White" or "Will" are words before they are names. Faker's curated first names are kept as they are.
// It also writes OUT/given-name-genders.txt, "name m" or "name f" for the given names that faker's locales list only as
// male or only as female (and zxcvbn-ts's Dutch boys' and girls' lists), so that "elle a ajouté" can skip a man.
// Usage: node person-names.mjs NODE_MODULES OUT
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modules, out] = process.argv.slice(2);
const require = createRequire(pathToFileURL(modules + '/'));
const faker = await import(pathToFileURL(modules + '/@faker-js/faker/dist/index.js'));
const load = (pack, list) => {
  for (const ext of ['.json.cjs', '.json.js']) {
    try { const m = require(`@zxcvbn-ts/language-${pack}/dist/${list}${ext}`); return m.default ?? m; } catch (e) { /* next */ }
  }
  throw new Error(`no ${list} in @zxcvbn-ts/language-${pack}`);
};
const oneWord = /^\p{Script=Latin}[\p{Script=Latin}'’-]+$/u;
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();

const packs = { en: ['firstnames'], 'es-es': ['firstnames'], fr: ['firstnames'], 'pt-br': ['firstnames'],
  de: ['firstnames'], it: ['firstnames'], 'nl-be': ['boysFirstnames', 'girlsFirstnames'], id: ['names'] };
const common = new Set();
for (const pack of Object.keys(packs)) {
  for (const w of load(pack, 'commonWords').slice(0, 10000)) common.add(w.toLowerCase());
}
const usable = w => oneWord.test(w) && w.length >= 3 && !common.has(w);

const given = new Set();
const surnames = new Set();
const genders = new Map(); // name -> Set of 'm' / 'f'
const sexed = (name, g) => {
  const n = name.toLowerCase();
  if (!oneWord.test(name)) return;
  if (!genders.has(n)) genders.set(n, new Set());
  genders.get(n).add(g);
};
for (const [key, f] of Object.entries(faker)) {
  const person = key.startsWith('faker') && f?.rawDefinitions?.person;
  if (!person) continue;
  for (const n of flat(person.first_name)) if (oneWord.test(n)) given.add(n.toLowerCase());
  const first = person.first_name;
  if (first && !Array.isArray(first)) {
    for (const n of first.male ?? []) sexed(n, 'm');
    for (const n of first.female ?? []) sexed(n, 'f');
  }
  for (const n of flat(person.last_name)) if (usable(n.toLowerCase())) surnames.add(n.toLowerCase());
}
for (const [pack, lists] of Object.entries(packs)) {
  for (const list of lists) for (const n of load(pack, list)) if (usable(n.toLowerCase())) given.add(n.toLowerCase());
  const last = pack === 'id' ? 'names' : 'lastnames'; // the Indonesian list mixes given names and surnames
  for (const n of load(pack, last)) if (usable(n.toLowerCase())) surnames.add(n.toLowerCase());
}
for (const n of load('nl-be', 'boysFirstnames')) sexed(n, 'm');
for (const n of load('nl-be', 'girlsFirstnames')) sexed(n, 'f');
const gendered = [...genders].filter(([, g]) => g.size === 1).map(([n, g]) => `${n} ${[...g][0]}`).sort();
writeFileSync(`${out}/given-name-genders.txt`, gendered.join('\n') + '\n');
writeFileSync(`${out}/given-names.txt`, [...given].sort().join('\n') + '\n');
writeFileSync(`${out}/surnames.txt`, [...surnames].sort().join('\n') + '\n');
console.log(`${given.size} given names (${gendered.length} of one gender), ${surnames.size} surnames`);
