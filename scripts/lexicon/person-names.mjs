// Prints the Latin-script given names (or, with "last_name", surnames) of every locale of @faker-js/faker (MIT),
// one per line, lower case.
// Usage: node person-names.mjs PATH_TO_FAKER_PACKAGE first_name|last_name
import { pathToFileURL } from 'node:url';
const faker = await import(pathToFileURL(process.argv[2] + '/dist/index.js'));
const names = new Set();
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
for (const [key, f] of Object.entries(faker)) {
  const person = key.startsWith('faker') && f?.rawDefinitions?.person;
  if (!person) continue;
  for (const n of flat(person[process.argv[3]])) {
    // One-word Latin-script names only: "Anne Marie" would make "Anne" a name twice over.
    if (/^\p{Script=Latin}[\p{Script=Latin}'’-]+$/u.test(n)) names.add(n.toLowerCase());
  }
}
process.stdout.write([...names].sort().join('\n') + '\n');
