import type { When } from '../story/types';
import { looseDatesToWhen, readLooseDate } from './looseDateToWhen';
import type { JsonRecord } from './narrowJson';

/** Property names read as an instant or the start of a span, and as its end, in order of preference. */
export const TIME_KEYS = {
  start: ['start', 'startDate', 'start_date', 'begin', 'from', 'time', 'date', 'datetime', 'timestamp', 'when', 'year'],
  end: ['end', 'endDate', 'end_date', 'until', 'to'],
} as const;

/**
 * The `when` of a GeoJSON feature from its properties: the first readable start among
 * TIME_KEYS.start (any key case) and end among TIME_KEYS.end (exclusive: the moment it was over).
 * Returns undefined when no property holds a date.
 */
export function geoJsonTime(properties: JsonRecord): When | undefined {
  const lower = new Map(Object.keys(properties).map((k) => [k.toLowerCase(), k]));
  const find = (keys: readonly string[]) => {
    for (const key of keys) {
      const actual = lower.get(key.toLowerCase());
      const date = actual !== undefined ? readLooseDate(properties[actual]) : undefined;
      if (date) return date;
    }
    return undefined;
  };
  const start = find(TIME_KEYS.start);
  if (!start) return undefined;
  return looseDatesToWhen(start, find(TIME_KEYS.end));
}
