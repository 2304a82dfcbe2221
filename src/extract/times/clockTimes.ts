import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { dayValue } from './formatTimex';
import { guessTense } from './guessTense';
import { makeFind } from './makeFind';
import { resolveMonthYear } from './resolveMonthYear';
import { resolveWeekday } from './resolveWeekday';
import type { TimeContext, TimeFind } from './types';

const TRIGGER = /\b(?:\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\b\.?)|\d{1,2}:\d\d\b|noon|midnight|midday|\d{1,2} o'clock|\d{1,4}[/-]\d{1,2}[/-]\d{2,4})/gi;
const RADIUS = 40;
const MAX_WINDOW = 400;

/**
 * Finds clock times and numeric dates with chrono-node ("10:35 a.m.", "noon Thursday",
 * "5 p.m. EST Nov. 9", "02/03/2020"). Chrono only sees a small window around each trigger, so the
 * cost stays linear in the text; its weekdays and implied years are re-read the news way.
 */
export function clockTimes(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  let covered = -1;
  // Triggers whose windows touch are read in one window (up to MAX_WINDOW): a text dense with
  // clock times and numeric dates costs one chrono parse per stretch, not one per trigger.
  const triggers = [...ctx.text.matchAll(TRIGGER)].map((t) => ({ start: t.index, end: t.index + t[0].length }));
  for (let i = 0; i < triggers.length; ) {
    const group = [triggers[i] as { start: number; end: number }];
    let j = i + 1;
    while (j < triggers.length) {
      const next = triggers[j] as { start: number; end: number };
      const last = group[group.length - 1] as { start: number; end: number };
      if (next.start - last.end > 2 * RADIUS || next.end - group[0]!.start > MAX_WINDOW) break;
      group.push(next);
      j++;
    }
    i = j;
    const first = group[0] as { start: number; end: number };
    const lastT = group[group.length - 1] as { start: number; end: number };
    if (lastT.end <= covered) continue;
    const from = Math.max(0, first.start - RADIUS);
    const to = Math.min(ctx.text.length, lastT.end + RADIUS);
    const window = ctx.text.slice(from, to);
    for (const r of chrono.casual.parse(window, { instant: ctx.published, timezone: 0 })) {
      // chrono keeps a leading preposition ("at 10 p.m."); TIMEX3 extents do not
      const lead = /^(?:at|on|in|by|from|until|since|before|after)\s+/i.exec(r.text)?.[0].length ?? 0;
      const start = from + r.index + lead;
      // nor trailing punctuation chrono sometimes takes along ("Thursday)", "Wednesday,")
      // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- runs on one chrono result, inside a window of at most MAX_WINDOW + 2 * RADIUS = 480 characters.
      const trail = /(?:[,;:]|(?<!\([^)]*)\))+$/.exec(r.text)?.[0].length ?? 0;
      const end = start + r.text.length - lead - trail;
      if (start < covered || !group.some((t) => end > t.start && start < t.end)) continue;
      const value = valueOf(ctx, r.start, start, end, /\bmidnight\b/i.test(r.text));
      if (!value) continue;
      covered = end;
      const parser = [...r.tags()].find((x) => x.startsWith('parser/'))?.slice(7) ?? 'parser';
      // a bare "at 10 p.m." belongs to the day being told; anchorToNarrative finds it
      const timeOnly = !r.start.isCertain('day') && !r.start.isCertain('weekday') ? '/timeOnly' : '';
      finds.push(makeFind(ctx, start, end, value.includes('T') ? 'TIME' : 'DATE', value, `chrono/${parser}${timeOnly}`));
    }
  }
  return finds;
}

function valueOf(ctx: TimeContext, c: ParsedComponents, start: number, end: number, midnight: boolean): string | undefined {
  const tense = guessTense(ctx.text, start, end);
  let day: Date;
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    const year = c.isCertain('year') ? (c.get('year') ?? 0) : resolveMonthYear(ctx.published, month, 'bare', tense, d);
    day = new Date(year, month - 1, d);
  } else if (c.isCertain('weekday')) {
    day = resolveWeekday(ctx.published, c.get('weekday') ?? 0, 'bare', tense);
  } else day = ctx.published;
  const date = dayValue(day);
  if (!c.isCertain('hour')) return c.isCertain('day') ? date : undefined;
  // "midnight Friday" ends Friday (TIMEX3 T24:00); chrono reads it as Friday's first minute
  if (midnight && c.get('hour') === 0 && !c.get('minute')) return `${date}T24:00`;
  const hh = String(c.get('hour')).padStart(2, '0');
  const mm = String(c.get('minute') ?? 0).padStart(2, '0');
  return `${date}T${hh}:${mm}`;
}
