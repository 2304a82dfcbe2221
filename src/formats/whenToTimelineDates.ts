import { describeWhen } from '../i18n/describeWhen';
import type { When } from '../story/types';
import { describeBound } from './describeBound';
import { finer, GRANULARITIES, granularityOf, partsTime, shiftParts, significantGranularity, storyDateParts, type DateParts, type Granularity } from './dateParts';
import type { TimelineJsDate } from './timelineJsTypes';

/** The dates of one TimelineJS slide. */
export interface TimelineDates {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
}

/** What TimelineJS shows for an event with no date; the importer reads it back as "no date". */
export const UNDATED_DISPLAY = 'Undated background';

/** `p` as a TimelineJS date with every field down to `g` and none finer. */
export function timelineDate(p: DateParts, g: Granularity): TimelineJsDate {
  const keys = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
  const out: TimelineJsDate = { year: p.year };
  const last = GRANULARITIES.indexOf(g);
  keys.forEach((k, i) => {
    if (i > 0 && i <= last) out[k] = p[k];
  });
  return out;
}

const withLabel = (text: string, label: string | undefined): string => (label !== undefined && label !== '' ? `${text} (${label})` : text);

function bound(s: string): { parts: DateParts; g: Granularity } | undefined {
  const parts = storyDateParts(s);
  return parts ? { parts, g: finer('day', significantGranularity(parts)) } : undefined;
}

/**
 * A story `when` as TimelineJS dates. A known interval gives `start_date` to its precision (finer
 * if the date holds more) and an `end_date` (the last unit it covers) only when the interval is not
 * exactly one unit; bounds give the bound's date with `display_date` "before/after/between … (label)";
 * no `when` gives `fallback` (the publication day) with `display_date` "Undated background".
 */
export function whenToTimelineDates(when: When | undefined, fallback: string): TimelineDates {
  if (when?.start !== undefined) {
    const start = storyDateParts(when.start);
    if (start) {
      const g = finer(granularityOf(when.precision) ?? 'day', significantGranularity(start));
      const out: TimelineDates = { start_date: timelineDate(start, g) };
      const end = when.end !== undefined ? storyDateParts(when.end) : undefined;
      if (end && partsTime(end) > partsTime(start) && partsTime(end) !== partsTime(shiftParts(start, g, 1))) {
        const ge = finer(g, significantGranularity(end));
        out.end_date = timelineDate(shiftParts(end, ge, -1), ge);
      }
      if (when.precision === 'partOfDay' || when.precision === 'week') out.display_date = describeWhen(when);
      return out;
    }
  }
  const after = when?.after !== undefined ? bound(when.after) : undefined;
  const before = when?.before !== undefined ? bound(when.before) : undefined;
  if (after && before) {
    return { start_date: timelineDate(after.parts, after.g), end_date: timelineDate(before.parts, before.g), display_date: withLabel(describeBound({ after: when?.after, before: when?.before }), when?.label) };
  }
  if (after) return { start_date: timelineDate(after.parts, after.g), display_date: withLabel(describeBound({ after: when?.after }), when?.label) };
  if (before) return { start_date: timelineDate(before.parts, before.g), display_date: withLabel(describeBound({ before: when?.before }), when?.label) };
  const day = storyDateParts(fallback) ?? { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  return { start_date: timelineDate(day, 'day'), display_date: UNDATED_DISPLAY };
}
