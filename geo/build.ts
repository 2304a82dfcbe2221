/** Writes geo/gazetteer.json from the installed packages and geo/curated.ts (`npm run geo:build`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteerTable } from './buildGazetteerTable';
import { serializeTable } from './serializeTable';

const out = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
const table = buildGazetteerTable();
writeFileSync(out, serializeTable(table));
console.log(`wrote ${out}: ${table.rows.length} places`);
