/** A JSON object from outside, its values not yet trusted. */
export type JsonRecord = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `key`, or undefined when it is missing or not a string. */
export function stringAt(record: JsonRecord, key: string): string | undefined {
  const v = record[key];
  return typeof v === 'string' ? v : undefined;
}

/** The first of `keys` whose value is a non-blank string. */
export function firstString(record: JsonRecord, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = record[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

/** A finite number, or a string holding only one (spreadsheets and hand-written JSON quote numbers). */
export function numberFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A latitude/longitude pair when both are finite and on the globe. */
export function latLonFrom(lat: unknown, lon: unknown): { lat: number; lon: number } | undefined {
  const la = numberFrom(lat);
  const lo = numberFrom(lon);
  if (la === undefined || lo === undefined || Math.abs(la) > 90 || Math.abs(lo) > 180) return undefined;
  return { lat: la + 0, lon: lo + 0 };
}
