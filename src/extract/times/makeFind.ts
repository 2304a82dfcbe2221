import type { TimeContext, TimeFind, TimeType } from './types';

/** A find for text[start, end) with its TIMEX3 type and value and the rule that produced it. */
export function makeFind(ctx: TimeContext, start: number, end: number, type: TimeType, value: string, rule: string): TimeFind {
  return { start, end, text: ctx.text.slice(start, end), type, value, rule };
}
