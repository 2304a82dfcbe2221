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

/** Precision, recall and F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

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
    strict: prf(strict, found, gold),
    relaxed: prf(relaxed, found, gold),
    value: prf(valueOk, found, gold),
    type: prf(typeOk, found, gold),
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

function prf(correct: number, found: number, gold: number): Prf {
  const precision = found ? correct / found : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
