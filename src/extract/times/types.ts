import type { When } from '../../story/types';

/** The four TIMEX3 types. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression found in a text: its span, TIMEX3 type and value, the rule that found it. */
export interface TimeFind {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
  rule: string;
  when?: When;
}

/** What every finder knows: the text and the publication date (local midnight) it resolves against. */
export interface TimeContext {
  text: string;
  /** Whether the text holds a lower-case word in any case (see textHolds): `scan` asks it for the words a pattern needs. */
  holds: (word: string) => boolean;
  published: Date;
}

/** A finder: reads the whole text and proposes time expressions. */
export type TimeFinder = (ctx: TimeContext) => TimeFind[];
