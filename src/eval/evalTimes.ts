import { scorePrf, type Prf } from './scorePrf';
/** One gold TIMEX3 annotation. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** One system find as the scorer needs it. */
export interface SystemTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  rule?: string;
}

/** One article: its id, gold timexes and what the system found. */
export interface TimeEvalDoc {
  id: string;
  gold: GoldTimex[];
  found: SystemTimex[];
}

export type { Prf } from './scorePrf';

/** A disagreement worth reading: a gold timex missed, a find not in the gold, or a wrong value. */
export interface TimeMiss {
  id: string;
  kind: 'missed' | 'spurious' | 'value' | 'type';
  gold?: GoldTimex;
  found?: SystemTimex;
}

/** TempEval-3 style scores for times. */
export interface TimeScores {
  gold: number;
  found: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
  type: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  misses: TimeMiss[];
}

/**
 * Scores finds against gold as TempEval-3 does: extents matched one-to-one by exact span
 * (strict) or by overlap (relaxed); value and type F1 count relaxed matches whose attribute
 * is right, over all finds (precision) and all gold (recall).
 */
export function evalTimes(docs: readonly TimeEvalDoc[]): TimeScores {
  let gold = 0;
  let found = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  let typeOk = 0;
  const misses: TimeMiss[] = [];
  for (const doc of docs) {
    gold += doc.gold.length;
    found += doc.found.length;
    const used = new Set<number>();
    for (const g of doc.gold) {
      const i = bestMatch(g, doc.found, used);
      const f = i >= 0 ? doc.found[i] : undefined;
      if (!f) {
        misses.push({ id: doc.id, kind: 'missed', gold: g });
        continue;
      }
      used.add(i);
      relaxed++;
      if (f.start === g.start && f.end === g.end) strict++;
      if (f.value === g.value) valueOk++;
      else misses.push({ id: doc.id, kind: 'value', gold: g, found: f });
      if (f.type === g.type) typeOk++;
    }
    doc.found.forEach((f, i) => {
      if (!used.has(i)) misses.push({ id: doc.id, kind: 'spurious', found: f });
    });
  }
  return {
    gold,
    found,
    strict: scorePrf(strict, found, strict, gold),
    relaxed: scorePrf(relaxed, found, relaxed, gold),
    value: scorePrf(valueOk, found, valueOk, gold),
    type: scorePrf(typeOk, found, typeOk, gold),
    typeAccuracy: relaxed ? typeOk / relaxed : 0,
    valueAccuracy: relaxed ? valueOk / relaxed : 0,
    misses,
  };
}

function bestMatch(g: GoldTimex, found: readonly SystemTimex[], used: ReadonlySet<number>): number {
  let best = -1;
  let bestOverlap = 0;
  found.forEach((f, i) => {
    if (used.has(i)) return;
    const overlap = Math.min(f.end, g.end) - Math.max(f.start, g.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  return best;
}
