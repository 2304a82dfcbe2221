import type { PageScan } from './scanMarkup';

// The <meta> tags that state a publication date, most trusted first (keys as scanMarkup writes them).
const DATE_METAS = [
  'property=article:published_time',
  'itemprop=datePublished',
  'name=article:published_time',
  'name=pubdate',
  'name=publish-date',
  'name=date',
  'name=dc.date',
  'name=DC.date.issued',
];

/**
 * The publication date a saved news page states about itself, as YYYY-MM-DD, or null. Read, in
 * order: Open Graph / schema.org metadata (`article:published_time`, `datePublished`, `date`), a
 * JSON-LD `datePublished`, then the first `<time datetime>` inside the article (in the page when it has none).
 * Only the date part of a timestamp is kept: the page's day is what "yesterday" is read from.
 * Nothing runs: the page was only scanned as text, and JSON-LD is read with JSON.parse.
 */
export function readPageDate(page: Pick<PageScan, 'metas' | 'jsonLd' | 'time'>): string | null {
  for (const key of DATE_METAS) {
    const value = isoDay(page.metas.get(key));
    if (value) return value;
  }
  for (const script of page.jsonLd) {
    const value = isoDay(findDatePublished(parseJson(script), 0));
    if (value) return value;
  }
  return isoDay(page.time);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, `@graph`), a few levels deep. */
function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record['datePublished'] === 'string') return record['datePublished'];
  for (const child of Object.values(record)) {
    const found = findDatePublished(child, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The YYYY-MM-DD a timestamp starts with, if it is a real calendar day. */
function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= 1000 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
