import { isTableRow } from './isTableRow';
import type { GazetteerTable } from './types';

/** Narrows an imported value to a gazetteer table (checks the format and the shape of row 0). */
export function isGazetteerTable(value: unknown): value is GazetteerTable {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  if (t.format !== 'dateline-gazetteer/1' || !Array.isArray(t.rows) || !Array.isArray(t.kinds)) return false;
  if (!Array.isArray(t.commonWords) || !Array.isArray(t.weakNames)) return false;
  return t.rows.length === 0 || isTableRow(t.rows[0]);
}
