/** Writes geo/gazetteer.json and its index geo/gazetteer-index.txt from the installed packages and geo/curated.ts (`npm run geo:build`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteerIndex } from '../src/gazetteer/buildGazetteerIndex';
import { tableSha1 } from '../src/gazetteer/tableSha1';
import { buildGazetteerTable } from './buildGazetteerTable';
import { serializeIndex } from './serializeIndex';
import { serializeTable } from './serializeTable';

const out = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
const indexOut = fileURLToPath(new URL('./gazetteer-index.txt', import.meta.url));
const table = buildGazetteerTable();
const text = serializeTable(table);
writeFileSync(out, text);
writeFileSync(indexOut, serializeIndex(buildGazetteerIndex(table), { rows: table.rows.length, sha1: tableSha1(text) }));
console.log(`wrote ${out}: ${table.rows.length} places, and its index ${indexOut}`);
