import type { GoldTimex } from './evalTimes';

/** One line of a TIMEX3-annotated JSON Lines file: an article, its creation date and its gold timexes. */
export interface TimeGoldLine {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

/** Narrows one parsed JSON line to a TimeGoldLine, or throws a message naming what is wrong. */
export function readTimeGold(raw: unknown): TimeGoldLine {
  if (typeof raw !== 'object' || raw === null) throw new Error('line is not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string' || typeof r.dct !== 'string') throw new Error('line needs text and dct strings');
  const timexes = Array.isArray(r.timexes) ? r.timexes.map(readTimex) : [];
  return { id: typeof r.id === 'string' ? r.id : '', dct: r.dct.slice(0, 10), text: r.text, timexes };
}

function readTimex(raw: unknown): GoldTimex {
  const t = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof t.start !== 'number' || typeof t.end !== 'number') throw new Error('timex needs numeric start and end');
  return { start: t.start, end: t.end, text: String(t.text ?? ''), type: String(t.type ?? ''), value: String(t.value ?? '') };
}
