import type { ItemProgress } from './importProgress';

/** Options for {@link parseCsv}. */
export interface CsvOptions {
  /** Stop after this many rows (a spreadsheet over the import limit need not be read to its end). */
  maxRows?: number;
  /** Hears characters read of the text's length, every 64 K characters. */
  onProgress?: ItemProgress;
}

const PROGRESS_CHARS = 65_536;

/**
 * Splits CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) or,
 * with `delimiter` '\t', a spreadsheet's TSV export, into rows of fields. One pass, no backtracking;
 * an unclosed quote runs to the end of the text.
 */
export function parseCsv(text: string, delimiter = ',', options: CsvOptions = {}): string[][] {
  const maxRows = options.maxRows ?? Infinity;
  let reported = 0;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < s.length && rows.length < maxRows) {
    if (options.onProgress && i - reported >= PROGRESS_CHARS) {
      reported = i;
      options.onProgress(i, s.length);
    }
    const c = s[i];
    if (c === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q === -1) {
          field += s.slice(j);
          j = s.length;
          break;
        }
        field += s.slice(j, q);
        if (s[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && s[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (rows.length < maxRows && (field !== '' || row.length > 0)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
