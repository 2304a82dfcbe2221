/**
 * Splits CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) or,
 * with `delimiter` '\t', a spreadsheet's TSV export, into rows of fields. One pass, no backtracking;
 * an unclosed quote runs to the end of the text.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < s.length) {
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
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
