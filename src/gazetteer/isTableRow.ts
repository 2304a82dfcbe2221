import type { TableRow } from './types';

/** Narrows a parsed value to a table row (twelve fields, or thirteen with lookup-only names; the id first), as far as a cheap check can. */
export function isTableRow(value: unknown): value is TableRow {
  return Array.isArray(value) && (value.length === 12 || value.length === 13) && typeof value[0] === 'string';
}
