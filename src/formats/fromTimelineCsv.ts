import type { DraftResult } from './draftStory';
import { fromTimelineJs } from './fromTimelineJs';
import { IMPORT_LIMITS, plural } from './importLimits';
import type { ItemProgress } from './importProgress';
import type { JsonRecord } from './narrowJson';
import { parseCsv } from './parseCsv';

/** The columns of the TimelineJS spreadsheet template, by the names in its header row. */
export const TIMELINE_COLUMNS = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const norm = (h: string): string => h.trim().toLowerCase().replace(/\s+/g, ' ');

/** True when the first line looks like the template's header (it names Year and Headline). */
export function looksLikeTimelineCsv(text: string): boolean {
  const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return /(^|[,\t"])\s*year\s*("|,|\t|$)/.test(first) && first.includes('headline');
}

function month(value: string): string {
  const m = MONTHS.indexOf(value.trim().slice(0, 3).toLowerCase());
  return m >= 0 && /^[a-z]/i.test(value.trim()) ? String(m + 1) : value;
}

/** "14:30", "2:30 PM", "14:30:15" as TimelineJS date fields; anything else gives none. */
function time(value: string): JsonRecord {
  const m = /^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$/i.exec(value);
  if (!m) return {};
  let hour = Number(m[1]);
  const pm = m[4]?.toLowerCase().startsWith('p') ?? false;
  if (m[4] !== undefined) hour = (hour % 12) + (pm ? 12 : 0);
  const out: JsonRecord = { hour };
  if (m[2] !== undefined) out['minute'] = Number(m[2]);
  if (m[3] !== undefined) out['second'] = Number(m[3]);
  return out;
}

/**
 * Reads a TimelineJS spreadsheet exported as CSV (or TSV) with the template's header row
 * (Year, Month, Day, Time, End Year … Headline, Text, Media …, Type, Group, Background): rows
 * become TimelineJS slides (Type "title" the title slide, "era" an era) and go through the same
 * reading as TimelineJS JSON. Columns are found by name, so their order does not matter. A
 * spreadsheet over the row limit is refused as soon as the limit is passed. `onCharacters` hears
 * the text being split, `onSlides` the rows being read.
 */
export function fromTimelineCsv(text: string, onCharacters?: ItemProgress, onSlides?: ItemProgress): DraftResult {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // The header, the limit, and one more row to know the limit was passed.
  const rows = parseCsv(text, first.includes('\t') && !first.includes(',') ? '\t' : ',', { maxRows: IMPORT_LIMITS.items + 2, ...(onCharacters ? { onProgress: onCharacters } : {}) });
  const header = (rows[0] ?? []).map(norm);
  const col = (name: string): number => header.indexOf(norm(name));
  if (col('Year') < 0 || col('Headline') < 0) return { ok: false, errors: ['The spreadsheet needs the TimelineJS header row (at least "Year" and "Headline").'] };
  if (rows.length - 1 > IMPORT_LIMITS.items) return { ok: false, errors: [`The spreadsheet has more than ${IMPORT_LIMITS.items.toLocaleString('en')} rows; the limit is ${IMPORT_LIMITS.items.toLocaleString('en')}.`] };
  const cell = (row: readonly string[], name: string): string => {
    const i = col(name);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  const date = (row: readonly string[], prefix: '' | 'End '): JsonRecord | undefined => {
    const year = cell(row, `${prefix}Year`);
    if (year === '') return undefined;
    const out: JsonRecord = { year, month: month(cell(row, `${prefix}Month`)), day: cell(row, `${prefix}Day`) };
    return cell(row, `${prefix}Day`) !== '' ? { ...out, ...time(cell(row, `${prefix}Time`)) } : out;
  };
  const events: JsonRecord[] = [];
  const eras: JsonRecord[] = [];
  let title: JsonRecord | undefined;
  let unknownColumns = 0;
  for (const h of header) if (h !== '' && !TIMELINE_COLUMNS.some((c) => norm(c) === h)) unknownColumns++;
  for (const row of rows.slice(1)) {
    if (row.every((c) => c.trim() === '')) continue;
    const slide: JsonRecord = { text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') } };
    const start = date(row, '');
    const end = date(row, 'End ');
    if (start) slide['start_date'] = start;
    if (end) slide['end_date'] = end;
    for (const [key, name] of [['display_date', 'Display Date'], ['group', 'Group']] as const) if (cell(row, name) !== '') slide[key] = cell(row, name);
    if (cell(row, 'Media') !== '') slide['media'] = { url: cell(row, 'Media') };
    if (cell(row, 'Background') !== '') slide['background'] = { url: cell(row, 'Background') };
    const type = cell(row, 'Type').toLowerCase();
    if (type === 'title' && !title) title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  const result = fromTimelineJs({ events, eras, ...(title ? { title } : {}) }, onSlides);
  if (result.ok && unknownColumns > 0) result.draft.notes.push(`${plural(unknownColumns, 'column')} not in the TimelineJS template ${unknownColumns === 1 ? 'was' : 'were'} ignored.`);
  return result;
}
