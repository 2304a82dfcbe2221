import type { When } from '../story/types';
import { describeBound } from './describeBound';
import { finer, partsTime, partsToStoryDate, partsToTimex, precisionOf, shiftParts, significantGranularity } from './dateParts';
import { fromTimelineJsPlainField } from './timelineJsPlainField';
import { readTimelineDate } from './readTimelineDate';
import { UNDATED_DISPLAY } from './whenToTimelineDates';

/** A slide's dates as a story `when` (none for an undated slide), or why they could not be read. */
export type SlideWhen = { ok: true; when?: When } | { ok: false; error: string };

/**
 * Bounds written by whenToTimelineDates: the display date is "before|after <day>" or "between
 * <day> and <day>", the days being the slide's own dates, then an optional "(label)". A display
 * date that merely starts with "Before" ("Before 1969" on a 1961 slide) is not a bound.
 */
function boundFrom(display: string, start: string, end: string | undefined): When | undefined {
  const lower = display.toLowerCase();
  const label = (prefix: string): string | undefined => {
    const rest = display.slice(prefix.length).trim();
    return rest.startsWith('(') && rest.endsWith(')') ? rest.slice(1, -1) : undefined;
  };
  const candidates: [When, string][] = [
    [{ before: start }, describeBound({ before: start })],
    [{ after: start }, describeBound({ after: start })],
  ];
  if (end !== undefined) candidates.unshift([{ after: start, before: end }, describeBound({ after: start, before: end })]);
  for (const [when, prefix] of candidates) {
    if (!lower.startsWith(prefix.toLowerCase())) continue;
    const rest = display.slice(prefix.length).trim();
    if (rest === '') return when;
    const l = label(prefix);
    if (l !== undefined) return { ...when, label: l };
  }
  return undefined;
}

/**
 * Reads a TimelineJS slide's `start_date`, `end_date` and `display_date` as a story `when`, the
 * inverse of whenToTimelineDates: the precision is the finest field given; an `end_date` covers
 * its whole last unit (end exclusive = end_date + 1 unit); a display date "before/after/between
 * …" makes bounds, and "Undated background" no date at all.
 */
export function timelineDatesToWhen(startDate: unknown, endDate: unknown, displayDate: unknown): SlideWhen {
  const display = fromTimelineJsPlainField(displayDate, 500);
  if (display.toLowerCase().startsWith(UNDATED_DISPLAY.toLowerCase())) return { ok: true };
  const start = readTimelineDate(startDate);
  if (!start.ok) return { ok: false, error: `start_date: ${start.error}` };
  const end = endDate === undefined || endDate === null ? undefined : readTimelineDate(endDate);
  if (end && !end.ok) return { ok: false, error: `end_date: ${end.error}` };
  const bound = boundFrom(display, partsToStoryDate(start.parts, start.granularity), end?.ok ? partsToStoryDate(end.parts, end.granularity) : undefined);
  if (bound) return { ok: true, when: bound };
  const g = start.granularity;
  const when: When = { start: partsToStoryDate(start.parts, g), precision: precisionOf(g), timex: partsToTimex(start.parts, g) };
  const natural = shiftParts(start.parts, g, 1);
  const endParts = end?.ok ? shiftParts(end.parts, end.granularity, 1) : natural;
  const finalEnd = partsTime(endParts) > partsTime(start.parts) ? endParts : natural;
  when.end = partsToStoryDate(finalEnd, finer(g, significantGranularity(finalEnd)));
  return { ok: true, when };
}
