// Derives the map's ISO 3166-1 numeric -> alpha-3 table from the world-countries package at build
// time, so the dashboard can join world-atlas shapes (numeric ids) to Steppe's actor countries.
// Usage: node country-codes.mjs OUTPUT.json
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const output = process.argv[2];
if (!output) {
  console.error("usage: node country-codes.mjs OUTPUT.json");
  process.exit(2);
}
const source = new URL("./node_modules/world-countries/countries.json", import.meta.url);
const countries = JSON.parse(readFileSync(source, "utf8"));
const table = {};
const usable = countries
  .filter((c) => /^\d{3}$/.test(c.ccn3 ?? "") && /^[A-Z]{3}$/.test(c.cca3 ?? ""))
  .sort((a, b) => a.ccn3.localeCompare(b.ccn3));
for (const country of usable) {
  table[country.ccn3] = { code: country.cca3, name: country.name.common };
}
if (Object.keys(table).length < 200) {
  console.error(`country-codes: expected about 250 countries in ${source}, found ${Object.keys(table).length}`);
  process.exit(1);
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(table) + "\n");
console.log(`country-codes: ${Object.keys(table).length} countries -> ${output}`);
